import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Counts one more hit in a client's window and returns the count so far. One row per client and
 * window, updated in place: every instance behind a load balancer counts in the same row.
 */
export async function countHit(db: Db, bucket: string, windowStart: number): Promise<number> {
  const row = await db
    .insertInto('rate_limit')
    .values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['bucket', 'window_start'])
        .doUpdateSet((update) => ({ hits: update('rate_limit.hits', '+', 1) })),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

/** Forgets windows that ended before a time. */
export async function deleteWindowsBefore(db: Db, windowStart: number): Promise<void> {
  await db.deleteFrom('rate_limit').where('window_start', '<', windowStart).execute();
}
