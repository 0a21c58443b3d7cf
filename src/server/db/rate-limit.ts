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

/** The hits counted so far in a window, without counting one more. */
export async function hitsIn(db: Db, bucket: string, windowStart: number): Promise<number> {
  const row = await db
    .selectFrom('rate_limit')
    .select('hits')
    .where('bucket', '=', bucket)
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  return Number(row?.hits ?? 0);
}

/** Forgets a bucket's windows (a successful sign-in clears the account's failures). */
export async function clearBucket(db: Db, bucket: string): Promise<void> {
  await db.deleteFrom('rate_limit').where('bucket', '=', bucket).execute();
}

/** Takes one hit back (a sign-in that succeeded was counted before it was checked). */
export async function uncountHit(db: Db, bucket: string, windowStart: number): Promise<void> {
  await db
    .updateTable('rate_limit')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('bucket', '=', bucket)
    .where('window_start', '=', windowStart)
    .where('hits', '>', 0)
    .execute();
}
