import type { Kysely } from 'kysely';
import type { GuideInsight, Insights, SearchInsight } from '../../api/insights.ts';
import { guideFeedbackReasons } from '../../api/feedback-limits.ts';
import { answersByGuide, queryCounts, topQueries, viewsByGuide, walkthroughCounts } from '../db/insight-queries.ts';
import type { Database } from '../db/schema.ts';
import { fixNext } from './fix-next.ts';

const dayMs = 86_400_000;

// JSON of the parts: no separator a query could contain can make two keys one.
const countKey = (kind: string, locale: string, query: string) => JSON.stringify([kind, locale, query]);

/** The first day of a period of `days` days that ends today (UTC). */
export function periodStart(now: Date, days: number): string {
  return new Date(now.getTime() - (days - 1) * dayMs).toISOString().slice(0, 10);
}

/** Everything the insights page shows for a period (7, 30 or 90 days), from its counts. */
export async function insightsOverview(
  db: Kysely<Database>,
  options: { days: number; locale?: string; now: Date },
): Promise<Insights> {
  const since = periodStart(options.now, options.days);
  const { locale, days } = options;
  const [views, walkthroughs, answers, top, none, unopened] = await Promise.all([
    viewsByGuide(db, days, locale),
    walkthroughCounts(db, days, locale),
    answersByGuide(db, days, locale),
    topQueries(db, 'search', days, locale),
    topQueries(db, 'search-none', days, locale),
    topQueries(db, 'search-unopened', days, locale),
  ]);

  const guides = new Map<string, GuideInsight>();
  const guideOf = (guide: string, guideLocale: string) => {
    const id = `${guide}|${guideLocale}`;
    let entry = guides.get(id);
    if (!entry) {
      entry = {
        guide,
        locale: guideLocale,
        views: 0,
        answers: 0,
        helpful: 0,
        reasons: Object.fromEntries(guideFeedbackReasons.map((reason) => [reason, 0])) as GuideInsight['reasons'],
        walkthroughs: [],
      };
      guides.set(id, entry);
    }
    return entry;
  };
  for (const row of views) guideOf(row.guide, row.locale).views += row.count;
  for (const row of answers) {
    const entry = guideOf(row.guide, row.locale);
    entry.answers += row.count;
    if (row.key === 'yes') entry.helpful += row.count;
    else if (row.key in entry.reasons) entry.reasons[row.key as keyof GuideInsight['reasons']] += row.count;
  }
  // Keyed by guide, locale and walkthrough (and step): one lookup a row, however many rows.
  type WalkthroughInsight = GuideInsight['walkthroughs'][number];
  const walkthroughsByKey = new Map<
    string,
    { walkthrough: WalkthroughInsight; steps: Map<number, WalkthroughInsight['steps'][number]> }
  >();
  for (const row of walkthroughs) {
    const id = `${row.guide}|${row.locale}|${row.walkthrough}`;
    let known = walkthroughsByKey.get(id);
    if (!known) {
      known = {
        walkthrough: { walkthrough: row.walkthrough, starts: 0, finishes: 0, refusals: 0, abandons: 0, steps: [] },
        steps: new Map(),
      };
      walkthroughsByKey.set(id, known);
      guideOf(row.guide, row.locale).walkthroughs.push(known.walkthrough);
    }
    const { walkthrough, steps } = known;
    const stepOf = (step: number) => {
      let found = steps.get(step);
      if (!found) {
        found = { step, reached: 0, wrong: 0, hints: 0 };
        steps.set(step, found);
        walkthrough.steps.push(found);
      }
      return found;
    };
    if (row.kind === 'wt-start') walkthrough.starts += row.count;
    else if (row.kind === 'wt-finish') walkthrough.finishes += row.count;
    else if (row.kind === 'wt-refusal') walkthrough.refusals += row.count;
    else if (row.kind === 'wt-abandon') walkthrough.abandons += row.count;
    else if (row.kind === 'wt-step') stepOf(row.step).reached += row.count;
    else if (row.kind === 'wt-wrong') stepOf(row.step).wrong += row.count;
    else if (row.kind === 'wt-hint') stepOf(row.step).hints += row.count;
  }
  for (const entry of guides.values()) {
    for (const walkthrough of entry.walkthroughs) walkthrough.steps.sort((a, b) => a.step - b.step);
  }

  // Each listed query with all three of its counts.
  const listed = [...top, ...none, ...unopened];
  const counts = new Map(
    (await queryCounts(db, listed, days)).map((row) => [countKey(row.kind, row.locale, row.key), row.count]),
  );
  const searchOf = ({ locale: entryLocale, query }: { locale: string; query: string }): SearchInsight => {
    const entry = { locale: entryLocale, query };
    const of = (kind: string) => counts.get(countKey(kind, entry.locale, entry.query)) ?? 0;
    const searches = of('search');
    return {
      ...entry,
      searches,
      noResult: of('search-none'),
      opened: searches - of('search-none') - of('search-unopened'),
    };
  };
  const guideList = [...guides.values()].sort((a, b) => b.views - a.views || a.guide.localeCompare(b.guide));
  const noResultQueries = none.map(searchOf);
  return {
    days: options.days,
    since,
    guides: guideList,
    topQueries: top.map(searchOf),
    noResultQueries,
    unopenedQueries: unopened.map(searchOf),
    fixNext: fixNext(guideList, noResultQueries),
  };
}
