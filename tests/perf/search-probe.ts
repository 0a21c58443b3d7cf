import { chromium, type Locator, type Page } from '@playwright/test';
import { searchBox } from '../fixtures/search-ui.ts';
import { meterDownloads, sum } from '../fixtures/transfer-meter.ts';
import type { ServedRequest } from './static-server.ts';

/** A guide page as a reader first gets it, gzip bytes (tests/fixtures/transfer-meter.ts). */
export interface GuidePageCost {
  url: string;
  html: number;
  /** Every script loaded before any interaction, once the network is idle. */
  js: number;
  scripts: number;
}

export interface QueryCost {
  query: string;
  /** The count the search UI announces ("773 guides for …", "7 results for …"). */
  results: number;
  /** From the shortcut (or the click that opens search) to the first result on screen. */
  firstResultMs: number;
  /** Bytes the static server sent for the query, UI code and result fragments included. */
  bytes: number;
  requests: number;
  /** Bytes per kind of file: search UI code, Pagefind JS, WebAssembly, metadata, index chunks, filters, fragments. */
  breakdown: Record<string, number>;
}

/** How a reader searches a site: open the search, type in its box, read its results. */
export interface SearchUi {
  open: (page: Page) => Promise<void>;
  input: (page: Page) => Locator;
  /**
   * CSS selectors of the line that announces the outcome of a query (it quotes the query) and of
   * a result, for the page to time the first result itself.
   */
  selectors: { status: string; result: string };
}

/** The project's search dialog, opened with its `/` shortcut (tests/fixtures/search-ui.ts). */
export const projectSearch: SearchUi = {
  open: (page) => page.keyboard.press('/'),
  input: searchBox,
  selectors: {
    status: '.site-search__dialog [role="status"]',
    result: '.site-search__dialog [role="listbox"] [role="option"]',
  },
};

/**
 * Starlight's search: its header button opens a dialog with Pagefind's default UI (Starlight's
 * shortcut is Ctrl+K, not `/`). The button stays disabled until its script has run.
 */
export const starlightSearch: SearchUi = {
  open: (page) => page.locator('button[data-open-modal]').click(),
  input: (page) => page.locator('#starlight__search .pagefind-ui__search-input'),
  selectors: { status: '#starlight__search .pagefind-ui__message', result: '#starlight__search .pagefind-ui__result' },
};

/** What a request of a search is, from its path. */
function kindOf(path: string): string {
  if (!path.includes('/pagefind/')) return 'search UI code';
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/index/')) return 'index chunks';
  if (path.includes('/filter/')) return 'filters';
  if (path.endsWith('.pf_meta') || path.endsWith('.json')) return 'metadata';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.endsWith('.js') || path.endsWith('.css')) return 'Pagefind JS and CSS';
  return 'other';
}

const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * Opens a guide page in Chromium and measures it (HTML and the JS it loads before any
 * interaction), then, when given a search UI, searches the way a reader does: opens the search, types a first query,
 * waits for its results, replaces it with a second one. The bytes of each query are what the
 * static server sent meanwhile.
 */
export async function probeGuideAndSearch(
  pageUrl: string,
  served: ServedRequest[],
  search?: { ui: SearchUi; queries: [string, string] },
): Promise<{ guidePage: GuidePageCost; queries: QueryCost[] }> {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const meter = meterDownloads(page);
    const response = await page.goto(pageUrl, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${pageUrl} answered ${response?.status()}`);
    const downloads = await meter.take();
    meter.stop();
    const guidePage = {
      url: new URL(pageUrl).pathname,
      html: sum(downloads, 'document'),
      js: sum(downloads, 'script'),
      scripts: downloads.filter((download) => download.type === 'script').length,
    };
    const queries = search ? await searchTwice(page, served, search.ui, search.queries) : [];
    return { guidePage, queries };
  } finally {
    await browser.close();
  }
}

/** How long a query may take before the probe gives up on it. */
const queryTimeoutMs = 30_000;

/**
 * Starts a clock in the page that stops when the status line quotes `query` and a result is in
 * the list; the function returned waits for it and gives its time in ms. Timed in the page, not by
 * Playwright's waits, which poll at growing intervals (up to 500 ms between two checks) and added
 * up to a quarter of a second to the figure at 7,500 pages.
 */
async function timeFirstResult(page: Page, ui: SearchUi, query: string): Promise<() => Promise<number>> {
  await page.evaluate(
    ({ status, result, query, timeout }) => {
      const started = performance.now();
      const shown = () =>
        document.querySelector(status)?.textContent?.includes(query) && document.querySelector(result) !== null;
      (window as unknown as { firstResult: Promise<number> }).firstResult = new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`No result for "${query}" after ${timeout} ms`));
        }, timeout);
      });
    },
    { ...ui.selectors, query, timeout: queryTimeoutMs },
  );
  return () => page.evaluate(() => (window as unknown as { firstResult: Promise<number> }).firstResult);
}

/** Opens the search, types the first query, waits for its results, then replaces it with the second. */
async function searchTwice(page: Page, served: ServedRequest[], ui: SearchUi, queries: [string, string]) {
  const costs: QueryCost[] = [];
  for (const [index, query] of queries.entries()) {
    const before = served.length;
    const firstResult = await timeFirstResult(page, ui, query);
    if (index === 0) await ui.open(page);
    await ui.input(page).fill(query);
    const firstResultMs = await firstResult();
    const status = (await page.locator(ui.selectors.status).textContent()) ?? '';
    await page.waitForTimeout(500); // the fragments of the results shown, and the server's count
    const requests = served.slice(before);
    costs.push({
      query,
      results: Number(/\d[\d,.]*/.exec(status)?.[0].replace(/[,.]/g, '') ?? 0),
      firstResultMs,
      bytes: requests.reduce((total, request) => total + request.bodyBytes, 0),
      requests: requests.length,
      breakdown: requests.reduce<Record<string, number>>((total, request) => {
        const kind = kindOf(request.path);
        total[kind] = (total[kind] ?? 0) + request.bodyBytes;
        return total;
      }, {}),
    });
  }
  return costs;
}
