import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SessionSettings } from './session.ts';
import type { SignInLimits } from './sign-in.ts';

/** What the staff routes are built from. */
export interface StaffRouteDeps {
  db: Kysely<Database>;
  now: () => Date;
  /** The keyed hash of the client a request came from. */
  client: (context: Context) => string;
  trustedProxies: number;
  session: SessionSettings;
  signIn: SignInLimits;
  /** Keys the sign-in's per-account counter (so no email is stored in it). */
  secret: string;
}
