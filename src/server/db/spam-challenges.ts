import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';
import type { SubmissionTable } from './submissions.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Claims a solved challenge for one submission to one table. True when this submission may use it:
 * it was unused, or already claimed by the same idempotency key on the same table (the reader's own
 * retry). False when another submission used it: a solved challenge sends one message, not a
 * thousand, and a challenge spent on one form is not spent again on another under the same key.
 */
export async function claimChallenge(
  db: Db,
  claim: { signature: string; idempotencyKey: string; spentOn: SubmissionTable; expiresAt: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('spam_challenge')
    .values({
      signature: claim.signature,
      idempotency_key: claim.idempotencyKey,
      spent_on: claim.spentOn,
      expires_at: claim.expiresAt,
    })
    .onConflict((conflict) => conflict.column('signature').doNothing())
    .returning('signature')
    .executeTakeFirst();
  if (inserted) return true;
  const stored = await db
    .selectFrom('spam_challenge')
    .select(['idempotency_key', 'spent_on'])
    .where('signature', '=', claim.signature)
    .executeTakeFirst();
  return stored?.idempotency_key === claim.idempotencyKey && stored.spent_on === claim.spentOn;
}

/** Forgets challenges that can no longer be used anyway. */
export async function deleteExpiredChallenges(db: Db, now: string): Promise<void> {
  await db.deleteFrom('spam_challenge').where('expires_at', '<', now).execute();
}
