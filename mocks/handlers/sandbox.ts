import { http } from 'msw';
import { OkSchema } from '../../src/api/index.ts';
import { type HandlerFactory, respond, url } from './respond.ts';

/** Sandbox only: puts the demo account back to its seed (the reset button). */
export const sandboxHandlers: HandlerFactory = (context) => [
  http.post(url(context, 'resetSandbox'), () => {
    context.db.reset();
    return respond(OkSchema, { ok: true });
  }),
];
