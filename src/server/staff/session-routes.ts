import { Hono } from 'hono';
import { SignInSchema } from '../../api/staff.ts';
import { createSession, deleteSession } from '../db/sessions.ts';
import { readJson } from '../http/json-body.ts';
import { fail, fieldErrors } from '../http/respond.ts';
import type { StaffRouteDeps } from './deps.ts';
import { staffOf } from './permissions.ts';
import {
  clearSessionCookie,
  hashToken,
  liveSession,
  newToken,
  readSessionCookie,
  requireStaff,
  type StaffVariables,
  writeSessionCookie,
} from './session.ts';
import { signIn } from './sign-in.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `POST staff/session` signs in, `GET` says who is signed in, `DELETE` signs out. */
export function sessionRoutes(deps: StaffRouteDeps) {
  const app = new Hono<{ Variables: StaffVariables }>();

  app.post('/', async (context) => {
    const body = await readJson(context);
    if ('response' in body) return body.response;
    const input = SignInSchema.safeParse(body.json);
    if (!input.success)
      return fail(context, 400, { code: 'invalid-input', fieldErrors: fieldErrors(input.error.issues) });
    const result = await signIn(
      deps.db,
      { ...input.data, client: deps.client(context) },
      deps.signIn,
      deps.secret,
      deps.now(),
    );
    if (result.outcome === 'locked') {
      const retryAfterSeconds = result.retryAfterSeconds;
      return fail(
        context,
        429,
        { code: 'rate-limited', retryAfterSeconds },
        { 'Retry-After': String(retryAfterSeconds) },
      );
    }
    if (result.outcome === 'wrong') {
      await sleep(result.delayMs);
      return fail(context, 401, { code: 'sign-in-failed' });
    }
    // A new token at every sign-in, and the session the browser came with (if any) ends:
    // a token planted before sign-in (session fixation) never becomes a signed-in one.
    const previous = readSessionCookie(context, deps.trustedProxies);
    if (previous) await deleteSession(deps.db, hashToken(previous));
    const token = newToken();
    await createSession(deps.db, hashToken(token), result.staff.id, deps.now().toISOString());
    writeSessionCookie(context, token, deps.trustedProxies, deps.session.maxHours);
    return context.json({ staff: staffOf(result.staff) });
  });

  // Who is signed in: `{ staff: null }` for nobody, which is an answer, not an error.
  app.get('/', async (context) => {
    const session = await liveSession(context, deps.db, deps.session, deps.trustedProxies, deps.now);
    return context.json({ staff: session ? staffOf(session.staff) : null });
  });
  const signedIn = requireStaff(deps.db, deps.session, deps.trustedProxies, deps.now);
  app.delete('/', signedIn, async (context) => {
    await deleteSession(deps.db, context.get('sessionHash'));
    clearSessionCookie(context, deps.trustedProxies);
    return context.body(null, 204);
  });
  return app;
}
