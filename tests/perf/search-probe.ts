import { chromium } from '@playwright/test';
import type { ServedRequest } from './static-server.ts';

export interface QueryCost {
  query: string;
  results: number;
  /** Time of `pagefind.search()` in the page, runtime start-up included on the first query. */
  searchMs: number;
  /** Bytes the search downloaded (runtime, WebAssembly, metadata, index chunks), as sent. */
  searchBytes: number;
  /** The same plus the fragments of the five results a search box would show. */
  withResultsMs: number;
  withResultsBytes: number;
  requests: number;
  /** Bytes per kind of file: runtime JS, WebAssembly, metadata, index chunks, result fragments. */
  breakdown: Record<string, number>;
}

/** What a Pagefind request is, from its path. */
function kindOf(path: string): string {
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/index/')) return 'index chunks';
  if (path.endsWith('.pf_meta') || path.endsWith('.json')) return 'metadata';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.endsWith('.js')) return 'runtime JS';
  return 'other';
}

const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * Opens `pageUrl` in Chromium, then runs two searches one after the other the way a search box
 * would (`pagefind.search()`, then `data()` of the first five results), and sums the bytes the
 * static server sent for each.
 */
export async function probeSearch(pageUrl: string, served: ServedRequest[], queries: [string, string]) {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    const response = await page.goto(pageUrl, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${pageUrl} answered ${response?.status()}`);
    const costs: QueryCost[] = [];
    for (const query of queries) {
      const before = served.length;
      const timing = await page.evaluate(async (text) => {
        const runtime = '/pagefind/pagefind.js';
        const started = performance.now();
        const pagefind = await import(runtime);
        const search = await pagefind.search(text);
        const searched = performance.now();
        await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
        return {
          results: search.results.length as number,
          searchMs: searched - started,
          withResultsMs: performance.now() - started,
        };
      }, query);
      await page.waitForTimeout(200); // let the server finish counting the last response
      const requests = served.slice(before);
      const bytes = (list: ServedRequest[]) => list.reduce((sum, request) => sum + request.bodyBytes, 0);
      costs.push({
        query,
        ...timing,
        searchBytes: bytes(requests.filter((request) => !request.path.includes('/fragment/'))),
        withResultsBytes: bytes(requests),
        requests: requests.length,
        breakdown: requests.reduce<Record<string, number>>((sum, request) => {
          const kind = kindOf(request.path);
          sum[kind] = (sum[kind] ?? 0) + request.bodyBytes;
          return sum;
        }, {}),
      });
    }
    return costs;
  } finally {
    await browser.close();
  }
}
