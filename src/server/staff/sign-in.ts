import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { clearBucket, countHit, hitsIn, uncountHit } from '../db/rate-limit.ts';
import type { Database, StaffRow } from '../db/schema.ts';
import { findStaffByEmail } from '../db/staff.ts';
import { unknownAccountHash, verifyPassword } from './passwords.ts';

export interface SignInLimits {
  /** Attempts at one account from one client in a window, before that client waits for it to end. */
  accountMax: number;
  /** Failed attempts at one account from every client in a window, before the account is locked for all. */
  accountFromAllMax: number;
  /** Attempts from one client, at any account, in a window. */
  clientMax: number;
  windowSeconds: number;
  /** Each failure answers this much later than the one before (up to 3 s). */
  delayMs: number;
}

export type SignInOutcome =
  | { outcome: 'signed-in'; staff: StaffRow }
  | { outcome: 'wrong'; delayMs: number }
  | { outcome: 'locked'; retryAfterSeconds: number };

/**
 * Checks an email and a password, with the brakes on. Every attempt is counted before the
 * password is checked (one atomic increment per counter, in the database, on every instance),
 * so requests sent in parallel cannot all slip under a limit. Three counters: the account from
 * this client (a guesser waits, right password or not), the client at any account, and the
 * account from everyone (a guess spread over many addresses locks it for all, but one stranger
 * alone cannot lock a colleague out). Each failure answers later than the last. An unknown email
 * is checked against a dummy hash and counted like a real one: nothing says which emails exist.
 */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; client: string },
  limits: SignInLimits,
  secret: string,
  now: Date,
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const windowStart = Math.floor(now.getTime() / 1000 / limits.windowSeconds) * limits.windowSeconds;
  const retryAfterSeconds = Math.max(1, Math.ceil(windowStart + limits.windowSeconds - now.getTime() / 1000));
  // The email is kept only as a keyed hash in the rate-limit table, like the client's address.
  const account = createHmac('sha256', secret).update(email).digest('base64url').slice(0, 22);
  const fromThisClient = `sign-in-account:${account}:${input.client}`;
  const fromAnyone = `sign-in-failures:${account}`;
  const fromClient = `sign-in-client:${input.client}`;
  const [attempts, clientAttempts, failures] = await Promise.all([
    countHit(db, fromThisClient, windowStart),
    countHit(db, fromClient, windowStart),
    hitsIn(db, fromAnyone, windowStart),
  ]);
  if (attempts > limits.accountMax || clientAttempts > limits.clientMax || failures >= limits.accountFromAllMax) {
    return { outcome: 'locked', retryAfterSeconds };
  }
  const staff = await findStaffByEmail(db, email);
  const matches = await verifyPassword(input.password, staff?.password_hash ?? (await unknownAccountHash));
  if (staff && matches) {
    // Only failures count against the client and the account: this attempt is taken back.
    await clearBucket(db, fromThisClient);
    await uncountHit(db, fromClient, windowStart);
    return { outcome: 'signed-in', staff };
  }
  const total = await countHit(db, fromAnyone, windowStart);
  return { outcome: 'wrong', delayMs: Math.min(3000, limits.delayMs * Math.max(attempts, total)) };
}
