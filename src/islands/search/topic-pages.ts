import type { Pagefind } from './pagefind-api.ts';

const byLocale = new Map<string, Promise<Map<string, Set<string>>>>();

/**
 * The pages of each topic in a locale, by Pagefind's page id: one search by filter per topic, once
 * per visit (the filter index is already loaded, so nothing more is downloaded). A query's matches
 * come from several Pagefind queries (one per synonym), so Pagefind's own counts per topic, which
 * are those of one query, cannot be added up; these sets count them.
 */
export function topicPages(pagefind: Pagefind, locale: string): Promise<Map<string, Set<string>>> {
  let pages = byLocale.get(locale);
  if (!pages) {
    pages = (async () => {
      const topics = Object.keys((await pagefind.filters()).topic ?? {});
      const found = await Promise.all(
        topics.map(async (topic) => {
          const response = await pagefind.search(null, { filters: { locale, topic } });
          return [topic, new Set(response.results.map((result) => result.id))] as const;
        }),
      );
      return new Map(found);
    })();
    pages.catch(() => byLocale.delete(locale));
    byLocale.set(locale, pages);
  }
  return pages;
}
