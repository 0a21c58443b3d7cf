import type { PagefindResult, PagefindResultData } from './pagefind-api.ts';
import { excerptLength } from './search-assets.ts';
import { unmarkGlueWords } from './searched-words.ts';
import { guideExcerpt, isSearchTerms } from './search-terms.ts';

/** A section of a guide that matches: a heading or a list of steps. */
export interface SectionHit {
  url: string;
  title: string;
  excerpt: string;
}

/** A guide that matches the query, as the results list shows it. */
export interface GuideHit {
  url: string;
  title: string;
  topic: string;
  excerpt: string;
  sections: SectionHit[];
}

/**
 * Turns Pagefind's data of a page into what the results list shows: the guide, and at most
 * `maxSections` of its matching sections, the ones with the most matches, in page order. The
 * sub-result for the page's own top (no anchor) repeats the guide and is left out, and so are the
 * guide's search terms, which are words for the index, not a part of the guide (search-terms.ts).
 */
export function toGuideHit(data: PagefindResultData, maxSections = 3): GuideHit {
  const anchored = data.sub_results.filter((sub) => sub.anchor && sub.url !== data.url && !isSearchTerms(sub));
  const strongest = [...anchored]
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
    .slice(0, maxSections);
  // The searched words, as Pagefind passes them on to the guide (`?highlight=`).
  const searched = new URL(data.url, 'https://guide.invalid').searchParams.getAll('highlight');
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    topic: data.meta.topic ?? data.filters.topic?.[0] ?? '',
    excerpt: unmarkGlueWords(guideExcerpt(data, excerptLength), searched),
    sections: anchored
      .filter((sub) => strongest.includes(sub))
      .map((sub) => ({ url: sub.url, title: sub.title, excerpt: unmarkGlueWords(sub.excerpt, searched) })),
  };
}

const loadingPages = new Map<string, Promise<unknown>>();

/**
 * Loads a result's data and turns it into a hit, one search at a time per page. Pagefind keeps
 * one object per page and rewrites its URL (`?highlight=`) and excerpt on every `data()` call, so
 * a search still running for "end sessio" could rewrite the object that the search for "end
 * session" is reading.
 */
export function loadGuideHit(result: PagefindResult): Promise<GuideHit> {
  const before = loadingPages.get(result.id) ?? Promise.resolve();
  const hit = before.then(async () => toGuideHit(await result.data()));
  loadingPages.set(
    result.id,
    hit.catch(() => undefined),
  );
  return hit;
}
