import { type Kysely, sql, type Transaction } from 'kysely';
import type { InsightEvent } from '../../api/insight-values.ts';
import { isSqlite } from './dialect.ts';
import type { Database, InsightEventTable } from './schema.ts';

type Row = Omit<InsightEventTable, 'id' | 'folded'>;

/** One event as a row: its kind names what the daily counts count. */
export function eventRow(event: InsightEvent, day: string): Row {
  const base = { day, locale: event.locale, guide: '', walkthrough: '', step: 0, key: '', results: null, opened: null };
  switch (event.type) {
    case 'guide-view':
      return { ...base, kind: 'view', guide: event.guide };
    case 'search':
      return { ...base, kind: 'search', key: event.query, results: event.results, opened: event.opened };
    case 'walkthrough':
      return {
        ...base,
        kind: `wt-${event.action}`,
        guide: event.guide,
        walkthrough: event.walkthrough,
        step: event.step ?? 0,
        key: event.action === 'start' ? (event.mode ?? 'try') : '',
      };
  }
}

export async function insertEvents(trx: Transaction<Database>, rows: Row[]): Promise<void> {
  await trx
    .insertInto('insight_event')
    .values(rows.map((row) => ({ ...row, folded: 0 })))
    .execute();
}

/**
 * Folds events not folded yet into the daily counts, and marks them folded, in one transaction:
 * every event is counted exactly once, even with several instances folding at once (PostgreSQL:
 * repeatable read, so both statements see the same events, and a second fold that meets the
 * first's rows gives up; SQLite: one writer at a time). Besides each event's own kind, a search
 * also counts as `search-none` (no result) or `search-unopened` (results, none opened).
 */
export async function foldEvents(db: Kysely<Database>, limit = 100_000): Promise<number> {
  const fold = async (trx: Transaction<Database>) => {
    const last = await trx
      .selectFrom((eb) =>
        eb.selectFrom('insight_event').select('id').where('folded', '=', 0).orderBy('id').limit(limit).as('batch'),
      )
      .select((eb) => eb.fn.max('batch.id').as('max'))
      .executeTakeFirst();
    const max = last?.max === null || last?.max === undefined ? undefined : Number(last.max);
    if (max === undefined) return 0;
    const conflict = sql`on conflict (kind, day, locale, guide, walkthrough, step, key)
      do update set count = insight_daily.count + excluded.count`;
    await sql`insert into insight_daily (kind, locale, day, guide, walkthrough, step, key, count)
      select kind, locale, day, guide, walkthrough, step, key, count(*) from insight_event
      where folded = 0 and id <= ${max}
      group by kind, locale, day, guide, walkthrough, step, key ${conflict}`.execute(trx);
    const derived = (kind: string, condition: ReturnType<typeof sql>) =>
      sql`insert into insight_daily (kind, locale, day, guide, walkthrough, step, key, count)
        select ${sql.lit(kind)}, locale, day, guide, walkthrough, step, key, count(*) from insight_event
        where folded = 0 and id <= ${max} and kind = 'search' and ${condition}
        group by locale, day, guide, walkthrough, step, key ${conflict}`.execute(trx);
    await derived('search-none', sql`results = 0`);
    await derived('search-unopened', sql`results > 0 and opened is null`);
    const marked = await trx
      .updateTable('insight_event')
      .set({ folded: 1 })
      .where('folded', '=', 0)
      .where('id', '<=', max)
      .executeTakeFirst();
    return Number(marked.numUpdatedRows);
  };
  if (isSqlite(db as Kysely<unknown>)) return db.transaction().execute(fold);
  try {
    return await db.transaction().setIsolationLevel('repeatable read').execute(fold);
  } catch (error) {
    // Another instance is folding the same events: they will be counted once, by it.
    if ((error as { code?: string }).code === '40001') return 0;
    throw error;
  }
}

/** Folds until nothing is left (a big backlog is folded a batch at a time). */
export async function foldAll(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (;;) {
    const folded = await foldEvents(db);
    total += folded;
    if (folded === 0) return total;
  }
}

/** Forgets folded events older than a day, and daily counts older than another. */
export async function deleteOldInsights(db: Kysely<Database>, rawBefore: string, countsBefore: string) {
  await db.deleteFrom('insight_event').where('folded', '=', 1).where('day', '<', rawBefore).execute();
  await db.deleteFrom('insight_daily').where('day', '<', countsBefore).execute();
}
