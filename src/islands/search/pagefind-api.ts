/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, generated at build time, so it has
 * no types in node_modules) that the search UI uses. Read from Pagefind 1.6's bundle.
 */
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { id: string; element: string; location: number };
}

/** A matched word of a page: its position among the page's words and what it weighs. */
export interface PagefindWordLocation {
  location: number;
  weight: number;
  balanced_score: number;
}

/** An element of the page with an `id`, where its words start. */
export interface PagefindAnchor {
  id: string;
  element: string;
  location: number;
  text?: string;
  title?: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  /** The page's indexed text, `<` and `>` escaped, that locations count words of. */
  raw_content?: string;
  weighted_locations?: PagefindWordLocation[];
  anchors?: PagefindAnchor[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter, how many of the results carry each value. */
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  /** Every filter and how many pages carry each of its values. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** `null` searches by filters alone: every page that carries them. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
}
