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

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
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
  search: (term: string, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
}
