import { type Kysely, sql, type Transaction } from 'kysely';
import { type InsightEvent, insightPeriods } from '../../api/insight-values.ts';
import { isSqlite } from './dialect.ts';
import type { Database, InsightEventTable } from './schema.ts';

type Row = Omit<InsightEventTable, 'id' | 'folded'>;

const dayMs = 86_400_000;
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

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

/** "Was this guide helpful?" counts too: `yes`, or the reason of a no. */
export function answerRow(
  answer: { guide: string; locale: string; helpful: boolean; reason: string | null },
  day: string,
): Row {
  return {
    day,
    kind: 'answer',
    locale: answer.locale,
    guide: answer.guide,
    walkthrough: '',
    step: 0,
    key: answer.helpful ? 'yes' : (answer.reason ?? 'other'),
    results: null,
    opened: null,
  };
}

export async function insertEvents(trx: Transaction<Database>, rows: Row[]): Promise<void> {
  await trx
    .insertInto('insight_event')
    .values(rows.map((row) => ({ ...row, folded: 0 })))
    .execute();
}

const dims = sql`kind, locale, guide, walkthrough, step, key`;

/**
 * Moves each period's window to end today: the days that left it are subtracted from its counts.
 * A period is started (empty) the first time; a service down for days catches up day by day.
 */
async function rollWindows(trx: Transaction<Database>, today: string) {
  for (const period of insightPeriods) {
    const window = await trx
      .selectFrom('insight_window')
      .select('last_day')
      .where('period', '=', period)
      .executeTakeFirst();
    if (!window) {
      await trx
        .insertInto('insight_window')
        .values({ period, last_day: today })
        .onConflict((conflict) => conflict.column('period').doNothing())
        .execute();
      continue;
    }
    if (window.last_day >= today) continue;
    if (window.last_day <= addDays(today, -period)) {
      // Every day the period held has left it (nothing was folded for as long): it starts empty.
      await trx.deleteFrom('insight_period').where('period', '=', period).execute();
    } else {
      // Each day that passed since the last one pushes one day out of the period.
      for (let day = addDays(window.last_day, 1); day <= today; day = addDays(day, 1)) {
        const leaving = addDays(day, -period);
        await sql`insert into insight_period (period, ${dims}, count)
          select ${sql.lit(period)}, ${dims}, -count from insight_daily where day = ${leaving}
          on conflict (period, ${dims}) do update set count = insight_period.count + excluded.count`.execute(trx);
      }
    }
    await trx.deleteFrom('insight_period').where('period', '=', period).where('count', '<=', 0).execute();
    await trx.updateTable('insight_window').set({ last_day: today }).where('period', '=', period).execute();
  }
}

/**
 * Folds events not folded yet into the daily counts and the periods', and marks them folded, in
 * one transaction: every event is counted exactly once, even with several instances folding at
 * once (PostgreSQL: repeatable read, so every statement sees the same events, and a second fold
 * that meets the first's rows gives up; SQLite: one writer at a time). Besides its own kind, a
 * search also counts as `search-none` (no result) or `search-unopened` (results, none opened).
 */
export async function foldEvents(db: Kysely<Database>, today: string, limit = 100_000): Promise<number> {
  const fold = async (trx: Transaction<Database>) => {
    await rollWindows(trx, today);
    const last = await trx
      .selectFrom((eb) =>
        eb.selectFrom('insight_event').select('id').where('folded', '=', 0).orderBy('id').limit(limit).as('batch'),
      )
      .select((eb) => eb.fn.max('batch.id').as('max'))
      .executeTakeFirst();
    const max = last?.max === null || last?.max === undefined ? undefined : Number(last.max);
    if (max === undefined) return 0;
    const batch = sql`folded = 0 and id <= ${max}`;
    // Each counted as itself, and searches also by what became of them.
    const kinds = [
      { kind: sql`kind`, grouped: sql`kind, `, where: sql`1 = 1` },
      { kind: sql.lit('search-none'), grouped: sql``, where: sql`kind = 'search' and results = 0` },
      {
        kind: sql.lit('search-unopened'),
        grouped: sql``,
        where: sql`kind = 'search' and results > 0 and opened is null`,
      },
    ];
    for (const { kind, grouped, where } of kinds) {
      await sql`insert into insight_daily (kind, day, locale, guide, walkthrough, step, key, count)
        select ${kind}, day, locale, guide, walkthrough, step, key, count(*) from insight_event
        where ${batch} and ${where}
        group by ${grouped}day, locale, guide, walkthrough, step, key
        on conflict (kind, day, locale, guide, walkthrough, step, key)
        do update set count = insight_daily.count + excluded.count`.execute(trx);
      for (const period of insightPeriods) {
        await sql`insert into insight_period (period, ${dims}, count)
          select ${sql.lit(period)}, ${kind}, locale, guide, walkthrough, step, key, count(*) from insight_event
          where ${batch} and ${where} and day > ${addDays(today, -period)}
          group by ${grouped}locale, guide, walkthrough, step, key
          on conflict (period, ${dims}) do update set count = insight_period.count + excluded.count`.execute(trx);
      }
    }
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
export async function foldAll(db: Kysely<Database>, today: string): Promise<number> {
  let total = 0;
  for (;;) {
    const folded = await foldEvents(db, today);
    total += folded;
    if (folded === 0) return total;
  }
}

/** Forgets folded events older than a day, and daily counts older than another. */
export async function deleteOldInsights(db: Kysely<Database>, rawBefore: string, countsBefore: string) {
  await db.deleteFrom('insight_event').where('folded', '=', 1).where('day', '<', rawBefore).execute();
  await db.deleteFrom('insight_daily').where('day', '<', countsBefore).execute();
}
