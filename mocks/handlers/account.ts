import { http } from 'msw';
import { DeleteAccountInputSchema, OkSchema } from '../../src/api/index.ts';
import { fail, type HandlerFactory, readBody, respond, url } from './respond.ts';

/** Deleting the account: the right password, and never while the user is an organization's only account. */
export const accountHandlers: HandlerFactory = (context) => [
  http.post(url(context, 'deleteAccount'), async ({ request }) => {
    const body = await readBody(request, DeleteAccountInputSchema);
    if (body.response) return body.response;
    const state = context.db.read();
    if (body.data.password !== state.user.password) {
      return fail(403, { code: 'wrong-password', fieldErrors: { password: 'wrong-password' } });
    }
    const alone = state.organizations.find((organization) => organization.memberCount === 1);
    if (alone) return fail(409, { code: 'only-account-of-organization', organizationName: alone.name });
    context.db.update((draft) => {
      draft.user.deleted = true;
    });
    return respond(OkSchema, { ok: true });
  }),
];
