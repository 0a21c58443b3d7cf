import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { clearBucket, countHit, hitsIn } from '../db/rate-limit.ts';
import type { Database, StaffRow } from '../db/schema.ts';
import { findStaffByEmail } from '../db/staff.ts';
import { unknownAccountHash, verifyPassword } from './passwords.ts';

export interface SignInLimits {
  /** Failed sign-ins to one account in a window before it is locked until the window ends. */
  accountMax: number;
  /** Failed sign-ins from one client, to any account, in a window. */
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
 * Checks an email and a password, with the brakes on: failures count per account and per client
 * (in the database, so every instance counts them), each failure answers later than the last, and
 * past the limit the account, or the client, waits until the window ends, right password or not.
 * An unknown email is checked against a dummy hash and counted like a real one: the answers and
 * their timing say nothing about which emails exist.
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
  const accountBucket = `sign-in-account:${createHmac('sha256', secret).update(email).digest('base64url').slice(0, 22)}`;
  const clientBucket = `sign-in-client:${input.client}`;
  const [accountFailures, clientFailures] = await Promise.all([
    hitsIn(db, accountBucket, windowStart),
    hitsIn(db, clientBucket, windowStart),
  ]);
  if (accountFailures >= limits.accountMax || clientFailures >= limits.clientMax) {
    return { outcome: 'locked', retryAfterSeconds };
  }
  const staff = await findStaffByEmail(db, email);
  const matches = await verifyPassword(input.password, staff?.password_hash ?? (await unknownAccountHash));
  if (staff && matches) {
    await clearBucket(db, accountBucket);
    return { outcome: 'signed-in', staff };
  }
  const failures = await countHit(db, accountBucket, windowStart);
  await countHit(db, clientBucket, windowStart);
  return { outcome: 'wrong', delayMs: Math.min(3000, limits.delayMs * failures) };
}
