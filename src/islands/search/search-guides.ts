import { type GuideHit, toGuideHit } from './guide-hit.ts';
import { loadPagefind, loadVocabulary } from './search-assets.ts';
import { correctQuery } from './spelling.ts';

export interface SearchRequest {
  query: string;
  locale: string;
  /** Pagefind's name of the locale's index, which is also the name of its vocabulary file. */
  lang: string;
  topic?: string;
  limit: number;
}

export interface SearchOutcome {
  query: string;
  /** The query that found these guides when the reader's own found none ("recovry" → "recovery"). */
  corrected?: string;
  hits: GuideHit[];
  /** Guides found with the topic filter applied. */
  total: number;
  /** Guides found per topic, without the topic filter. */
  topicCounts: Record<string, number>;
}

/**
 * Searches the guides of the reader's language. A word that appears in no guide is first
 * corrected to the closest one that does ("delet acount" → "delete account", "loeschen" →
 * "löschen"), since Pagefind matches only whole words and their beginnings; the original query is
 * used when the corrected one finds nothing.
 * The `locale` filter is always applied: Pagefind falls back to another language's index when the
 * page's language has none (a language with no translated guide yet), and readers must not get
 * guides in another language.
 */
export async function searchGuides(request: SearchRequest): Promise<SearchOutcome> {
  const [pagefind, words] = await Promise.all([loadPagefind(), loadVocabulary(request.lang)]);
  const inLocale = { locale: request.locale };
  const suggestion = correctQuery(request.query, words);
  let query = suggestion ?? request.query;
  let all = await pagefind.search(query, { filters: inLocale });
  if (suggestion && all.results.length === 0) {
    query = request.query;
    all = await pagefind.search(query, { filters: inLocale });
  }
  const listed = request.topic ? await pagefind.search(query, { filters: { ...inLocale, topic: request.topic } }) : all;
  const pages = await Promise.all(listed.results.slice(0, request.limit).map((result) => result.data()));
  return {
    query: request.query,
    corrected: query === request.query ? undefined : query,
    hits: pages.map((page) => toGuideHit(page)),
    total: listed.results.length,
    topicCounts: all.filters.topic ?? {},
  };
}
