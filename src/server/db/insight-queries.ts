import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * The dashboard's reads, all from the counts kept per period (7, 30, 90 days up to today): a few
 * hundred rows whatever the number of events.
 */
function inPeriod(db: Kysely<Database>, period: number, kinds: string[], locale?: string) {
  let query = db.selectFrom('insight_period').where('period', '=', period).where('kind', 'in', kinds);
  if (locale) query = query.where('locale', '=', locale);
  return query;
}

const walkthroughKinds = ['wt-start', 'wt-step', 'wt-wrong', 'wt-hint', 'wt-finish', 'wt-abandon', 'wt-refusal'];

/**
 * At most this many rows per read. Events name only existing content (known-content.ts), so real
 * counts stay far below it (guides × locales × walkthroughs × steps × kinds is a few thousand); it
 * bounds the page's work if the table ever holds more, keeping the largest counts.
 */
export const countRowsLimit = 20_000;

export async function viewsByGuide(db: Kysely<Database>, period: number, locale?: string) {
  const rows = await inPeriod(db, period, ['view'], locale)
    .select(['guide', 'locale', 'count'])
    .orderBy('count', 'desc')
    .limit(countRowsLimit)
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** "Was this guide helpful?": per guide and locale, `yes` or the reason of a no. */
export async function answersByGuide(db: Kysely<Database>, period: number, locale?: string) {
  const rows = await inPeriod(db, period, ['answer'], locale)
    .select(['guide', 'locale', 'key', 'count'])
    .orderBy('count', 'desc')
    .limit(countRowsLimit)
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

export async function walkthroughCounts(db: Kysely<Database>, period: number, locale?: string) {
  const rows = await inPeriod(db, period, walkthroughKinds, locale)
    .select(['kind', 'guide', 'locale', 'walkthrough', 'step', 'count'])
    .orderBy('count', 'desc')
    .limit(countRowsLimit)
    .execute();
  return rows.map((row) => ({ ...row, step: Number(row.step), count: Number(row.count) }));
}

/** The queries of one kind (search, search-none, search-unopened) most often counted. */
export async function topQueries(db: Kysely<Database>, kind: string, period: number, locale?: string, limit = 20) {
  const rows = await inPeriod(db, period, [kind], locale)
    .select(['locale', 'key', 'count'])
    .orderBy('count', 'desc')
    .orderBy('key')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ locale: row.locale, query: row.key, count: Number(row.count) }));
}

/** How many times each of these queries was searched, found nothing, or had nothing opened. */
export async function queryCounts(db: Kysely<Database>, queries: { locale: string; query: string }[], period: number) {
  if (queries.length === 0) return [];
  const rows = await db
    .selectFrom('insight_period')
    .select(['kind', 'locale', 'key', 'count'])
    .where('period', '=', period)
    .where('kind', 'in', ['search', 'search-none', 'search-unopened'])
    .where('guide', '=', '')
    .where('walkthrough', '=', '')
    .where('step', '=', 0)
    .where((eb) =>
      eb.or(queries.map((entry) => eb.and([eb('locale', '=', entry.locale), eb('key', '=', entry.query)]))),
    )
    // Three kinds of count for each query asked about, at most.
    .limit(queries.length * 3)
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
