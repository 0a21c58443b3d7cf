import { http } from 'msw';
import { OkSchema, type PracticeSituation, SandboxResetInputSchema } from '../../src/api/index.ts';
import type { DemoState } from '../db/index.ts';
import { type HandlerFactory, readBody, respond, url } from './respond.ts';

/** What each practice situation changes in the seed. */
const situations: Record<PracticeSituation, (state: DemoState) => void> = {
  'alone-in-organization'(state) {
    const atelier = state.organizations.find((organization) => organization.id === 'org-atelier-morel');
    if (atelier) atelier.memberCount = 1;
  },
};

/** Sandbox only: puts the demo account back to its seed (the reset button), or in a practice situation. */
export const sandboxHandlers: HandlerFactory = (context) => [
  http.post(url(context, 'resetSandbox'), async ({ request }) => {
    const body = await readBody(request, SandboxResetInputSchema);
    if (body.response) return body.response;
    context.db.reset();
    const situation = body.data.situation;
    if (situation) context.db.update(situations[situation]);
    return respond(OkSchema, { ok: true });
  }),
];
