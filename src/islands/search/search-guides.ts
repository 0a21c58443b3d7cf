import { siteUrl } from '../../lib/urls.ts';
import { type GuideHit, toGuideHit } from './guide-hit.ts';
import { loadPagefind } from './load-pagefind.ts';
import type { PagefindResponse } from './pagefind-api.ts';
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

const vocabularies = new Map<string, Promise<string[]>>();

/** The words of a locale's guides, fetched only when a query found nothing (see spelling.ts). */
function vocabulary(lang: string): Promise<string[]> {
  let words = vocabularies.get(lang);
  if (!words) {
    words = fetch(siteUrl(`pagefind/search-words.${lang}.json`))
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    vocabularies.set(lang, words);
  }
  return words;
}

/**
 * Searches the guides of the reader's language. Resolves to null when a newer search replaced
 * this one while it waited (typing fast). The `locale` filter is always applied: Pagefind falls
 * back to another language's index when the page's language has none (a language with no
 * translated guide yet), and readers must not get guides in another language.
 */
export async function searchGuides(request: SearchRequest): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const inLocale = { locale: request.locale };
  let query = request.query;
  let all: PagefindResponse | null = await pagefind.debouncedSearch(query, { filters: inLocale }, 120);
  if (!all) return null;
  let corrected: string | undefined;
  if (all.results.length === 0) {
    const suggestion = correctQuery(query, await vocabulary(request.lang));
    const retry = suggestion ? await pagefind.search(suggestion, { filters: inLocale }) : undefined;
    if (suggestion && retry && retry.results.length > 0) {
      corrected = suggestion;
      query = suggestion;
      all = retry;
    }
  }
  const listed = request.topic ? await pagefind.search(query, { filters: { ...inLocale, topic: request.topic } }) : all;
  const pages = await Promise.all(listed.results.slice(0, request.limit).map((result) => result.data()));
  return {
    query: request.query,
    corrected,
    hits: pages.map((page) => toGuideHit(page)),
    total: listed.results.length,
    topicCounts: all.filters.topic ?? {},
  };
}
