import type { Kysely, Transaction } from 'kysely';
import type { Database, NewFeedbackRow, NewGuideFeedbackRow } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The two tables readers write to: feedback about a service, and answers about a guide. */
export type SubmissionTable = 'feedback' | 'guide_feedback';

export interface StoredSubmission {
  reference: string;
  received_at: string;
  body_hash: string;
}

/** The submission already stored under an idempotency key, if any. */
export function findByKey(db: Db, table: SubmissionTable, idempotencyKey: string) {
  return db
    .selectFrom(table)
    .select(['reference', 'received_at', 'body_hash'])
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst() as Promise<StoredSubmission | undefined>;
}

/**
 * Inserts one submission unless one of its unique values (idempotency key or reference) is taken;
 * returns the stored row, or undefined when nothing was inserted.
 */
export function insertSubmission(
  db: Db,
  table: SubmissionTable,
  row: NewFeedbackRow | NewGuideFeedbackRow,
): Promise<StoredSubmission | undefined> {
  return db
    .insertInto(table)
    .values(row as never)
    .onConflict((conflict) => conflict.doNothing())
    .returning(['reference', 'received_at', 'body_hash'])
    .executeTakeFirst() as Promise<StoredSubmission | undefined>;
}

/** Deletes what arrived before a time (the retention period); returns how many rows went. */
export async function deleteReceivedBefore(db: Db, table: SubmissionTable, before: string): Promise<number> {
  const result = await db.deleteFrom(table).where('received_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
