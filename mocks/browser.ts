import { setupWorker } from 'msw/browser';
import { apiBase } from '../src/api/base.ts';
import { basePath, siteUrl } from '../src/lib/urls.ts';
import { createHandlers } from './handlers/index.ts';
import { scenarioFromSearch } from './scenarios.ts';

/**
 * Starts the mock backend in this browser tab: the worker at the site's base path, the demo
 * account in localStorage, the scenario named by `?scenario=`. Import this module dynamically only
 * (src/sandbox/start.ts does): MSW is heavy and must never load with a page.
 */
export async function startWorker(): Promise<void> {
  const worker = setupWorker(...createHandlers(apiBase, { scenario: scenarioFromSearch(location.search) }));
  await worker.start({
    serviceWorker: { url: siteUrl('mockServiceWorker.js'), options: { scope: basePath } },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}
