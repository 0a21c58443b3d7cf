import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Claims a solved challenge for one submission. True when this submission may use it: it was
 * unused, or already claimed by the same idempotency key (the reader's own retry). False when
 * another submission used it: a solved challenge sends one message, not a thousand.
 */
export async function claimChallenge(
  db: Db,
  signature: string,
  idempotencyKey: string,
  expiresAt: string,
): Promise<boolean> {
  await db
    .insertInto('spam_challenge')
    .values({ signature, idempotency_key: idempotencyKey, expires_at: expiresAt })
    .onConflict((conflict) => conflict.column('signature').doNothing())
    .execute();
  const claim = await db
    .selectFrom('spam_challenge')
    .select('idempotency_key')
    .where('signature', '=', signature)
    .executeTakeFirst();
  return claim?.idempotency_key === idempotencyKey;
}

/** Forgets challenges that can no longer be used anyway. */
export async function deleteExpiredChallenges(db: Db, now: string): Promise<void> {
  await db.deleteFrom('spam_challenge').where('expires_at', '<', now).execute();
}
