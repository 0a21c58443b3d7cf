import { type IslandStrings, type IslandTranslate, islandTranslate } from '../../i18n/island-strings.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { searchEn } from '../../i18n/ui/search/en.ts';

/** The strings the search UI shows itself; the page's HTML has the others (button, labels). */
export const searchUiKeys = [
  'search.resultsLabel',
  'search.hint',
  'search.searching',
  'search.count',
  'search.corrected',
  'search.relaxed',
  'search.noneInTopic',
  'search.filterLabel',
  'search.filterAll',
  'search.noResults',
  'search.noResultsTopics',
  'search.suggestGuide',
  'search.suggestIntro',
  'search.allResults',
  'search.unavailable',
  'search.devNoIndex',
] as const satisfies readonly (keyof typeof searchEn)[];

export type SearchUiKey = (typeof searchUiKeys)[number];
export type SearchStrings = IslandStrings<SearchUiKey>;
export type SearchTranslate = IslandTranslate<SearchUiKey>;

/** A topic of the home page, offered as a filter and when nothing matches. */
export interface SearchTopic {
  id: string;
  name: string;
  url: string;
}

/**
 * Everything the search UI needs, made by src/components/search-config.ts: in the search page's
 * HTML, and for the header's search in `<locale>/search-config.json` (only the reader's language
 * is sent, parsed at build time).
 */
export interface SearchConfig {
  locale: Locale;
  /** The `<html lang>` of the locale, which is also the name of its Pagefind index. */
  lang: string;
  strings: SearchStrings;
  topics: SearchTopic[];
  searchPageUrl: string;
  feedbackUrl: string;
}

/**
 * What the header's search carries on every page: enough to start loading the index and to say
 * that search failed. Its strings and topics come on first open (load-config.ts), so they cost
 * the first search a small file instead of every page's HTML.
 */
export interface SearchHost {
  locale: Locale;
  lang: string;
  /** `search.unavailable`, shown when even the search's strings cannot be loaded. */
  unavailable: string;
}

export function readSearchHost(element: HTMLElement): SearchHost {
  const { searchLocale, searchLang, searchUnavailable } = element.dataset;
  return { locale: searchLocale as Locale, lang: searchLang ?? '', unavailable: searchUnavailable ?? '' };
}

/** Reads the configuration an element carries in `data-search-config` (the search page's form). */
export function readSearchConfig(element: HTMLElement): SearchConfig {
  return JSON.parse(element.dataset.searchConfig ?? '{}') as SearchConfig;
}

/** `t()` over the search's strings, in the page's language. */
export const searchTranslate = (config: SearchConfig): SearchTranslate =>
  islandTranslate(config.locale, config.strings);
