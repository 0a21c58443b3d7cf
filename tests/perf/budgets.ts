/** Size budgets, gzip bytes (KiB × 1024). `npm test` fails when the built site exceeds one (tests/e2e/budgets.spec.ts). */
export const budgets = {
  /** The HTML document of a guide page. */
  guideHtml: 12 * 1024,
  /** All JavaScript a guide page loads before the reader interacts (Preact included if an island hydrates). */
  guideJsBeforeInteraction: 15 * 1024,
  /** All CSS a page loads. */
  cssPerPage: 12 * 1024,
  /**
   * What the first "Try it" adds: the simulated Manager, the walkthrough engine and MSW. Measured
   * 246 KB, of which MSW's browser bundle is 160 KB (mostly its cookie handling: tldts, tough-cookie)
   * and the Manager with zod 63 KB; the walkthrough itself is about 8 KB. Set just above the
   * measurement so any growth fails; slimming MSW's bundle is the open work.
   */
  sandboxOnFirstUse: 256 * 1024,
  /** What opening search and typing a first query downloads (Pagefind JS, wasm, index chunks, fragments). */
  firstSearchQuery: 150 * 1024,
} as const;

export type BudgetName = keyof typeof budgets;
