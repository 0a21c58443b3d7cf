import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

const walkthroughKinds = ['wt-start', 'wt-step', 'wt-wrong', 'wt-hint', 'wt-finish', 'wt-abandon', 'wt-refusal'];

/** The daily counts of some kinds since a day, summed by what they are about. */
function summed(db: Kysely<Database>, kinds: string[], since: string, locale?: string) {
  let query = db.selectFrom('insight_daily').where('kind', 'in', kinds).where('day', '>=', since);
  if (locale) query = query.where('locale', '=', locale);
  return query;
}

export async function viewsByGuide(db: Kysely<Database>, since: string, locale?: string) {
  const rows = await summed(db, ['view'], since, locale)
    .select(['guide', 'locale', (eb) => eb.fn.sum<number>('count').as('count')])
    .groupBy(['guide', 'locale'])
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

export async function walkthroughCounts(db: Kysely<Database>, since: string, locale?: string) {
  const rows = await summed(db, walkthroughKinds, since, locale)
    .select(['kind', 'guide', 'locale', 'walkthrough', 'step', (eb) => eb.fn.sum<number>('count').as('count')])
    .groupBy(['kind', 'guide', 'locale', 'walkthrough', 'step'])
    .execute();
  return rows.map((row) => ({ ...row, step: Number(row.step), count: Number(row.count) }));
}

/** The queries of one kind (search, search-none, search-unopened) most often counted. */
export async function topQueries(db: Kysely<Database>, kind: string, since: string, locale?: string, limit = 20) {
  const rows = await summed(db, [kind], since, locale)
    .select(['locale', 'key', (eb) => eb.fn.sum<number>('count').as('count')])
    .groupBy(['locale', 'key'])
    .orderBy('count', 'desc')
    .orderBy('key')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ locale: row.locale, query: row.key, count: Number(row.count) }));
}

/** How many times each of these queries was searched, found nothing, or had nothing opened. */
export async function queryCounts(db: Kysely<Database>, queries: { locale: string; query: string }[], since: string) {
  if (queries.length === 0) return [];
  const rows = await db
    .selectFrom('insight_daily')
    .select(['kind', 'locale', 'key', (eb) => eb.fn.sum<number>('count').as('count')])
    .where('kind', 'in', ['search', 'search-none', 'search-unopened'])
    .where('day', '>=', since)
    .where((eb) =>
      eb.or(queries.map((entry) => eb.and([eb('locale', '=', entry.locale), eb('key', '=', entry.query)]))),
    )
    .groupBy(['kind', 'locale', 'key'])
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
