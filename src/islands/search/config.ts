import type { Locale } from '../../i18n/locales.ts';
import type { searchEn } from '../../i18n/ui/search/en.ts';

export type SearchStrings = Record<keyof typeof searchEn, string>;

/** A topic of the home page, offered as a filter and when nothing matches. */
export interface SearchTopic {
  id: string;
  name: string;
  url: string;
}

/**
 * Everything the search UI needs from the page, serialised into the page's HTML by
 * src/components/search-config.ts (strings cost HTML bytes, not JavaScript, and only the
 * reader's language is sent).
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

/** Reads the configuration an element carries in `data-search-config`. */
export function readSearchConfig(element: HTMLElement): SearchConfig {
  return JSON.parse(element.dataset.searchConfig ?? '{}') as SearchConfig;
}

/** Fills `{name}` placeholders of a UI string. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
