/** Size budgets, gzip bytes (KiB × 1024). `npm test` fails when the built site exceeds one (tests/e2e/budgets.spec.ts). */
export const budgets = {
  /**
   * The HTML document of a guide page: measured 7.7 KB since stylesheets are files and the search's
   * strings come on first open (11.0 KB while every page inlined both).
   */
  guideHtml: 9 * 1024,
  /** All JavaScript a guide page loads before the reader interacts (Preact included if an island hydrates). */
  guideJsBeforeInteraction: 15 * 1024,
  /**
   * All CSS a page loads, each stylesheet gzipped on its own as a host sends it: measured 11.9 KB
   * in 8 files, cached for the reader's next pages (the same CSS was inlined into every page before).
   */
  cssPerPage: 13 * 1024,
  /**
   * What the first "Try it" adds: the simulated Manager, the walkthrough engine, MSW and the
   * practice strings of the reader's language. Measured 99 KB: MSW's browser bundle 35 KB (its
   * cookie jar, tough-cookie with a public-suffix list, is aliased out: mocks/without-cookie-jar.ts),
   * zod and the API contract 27 KB, the Manager 14 KB, the walkthrough 9 KB, the strings 6 KB. It was
   * 147 KB while the Manager imported the five dictionaries (inbox included); they now stay on the
   * server and one language's strings come parsed (src/i18n/practice-strings.ts).
   */
  sandboxOnFirstUse: 105 * 1024,
  /** What opening search and typing a first query downloads (Pagefind JS, wasm, index chunks, fragments). */
  firstSearchQuery: 150 * 1024,
  /**
   * A language's synonyms and glue words (content/search/synonyms.<locale>.txt, one script each),
   * part of the first query: measured 1.0–1.2 KB per language. A thesaurus, not a dictionary: one
   * that grows past this needs a way to load it in parts, not a bigger budget.
   */
  synonymsPerLocale: 2 * 1024,
} as const;

export type BudgetName = keyof typeof budgets;
