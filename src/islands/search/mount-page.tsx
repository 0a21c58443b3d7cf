import { render } from 'preact';
import { readSearchConfig } from './config.ts';
import { createSearchReport } from './search-report.ts';
import SearchPanel from './SearchPanel.tsx';

/** Keeps the address shareable: `?q=…&topic=…` always says what the page shows. */
function keepInAddress(query: string, topic: string): void {
  const url = new URL(window.location.href);
  url.search = '';
  if (query.trim()) url.searchParams.set('q', query.trim());
  if (topic) url.searchParams.set('topic', topic);
  window.history.replaceState(null, '', url);
}

/** Runs the search results page (`/<locale>/search/?q=…`) in its form. */
export function mountSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const root = document.querySelector<HTMLElement>('[data-search-page-results]');
  if (!input || !root) return;
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? input.value;
  // Results follow the typing; submitting has nothing more to do.
  form.addEventListener('submit', (event) => event.preventDefault());
  const config = readSearchConfig(form);
  const report = createSearchReport(config.locale);
  addEventListener('pagehide', () => report.left());
  render(
    <SearchPanel
      input={input}
      config={config}
      report={report}
      mode="page"
      initialTopic={params.get('topic') ?? ''}
      onChange={keepInAddress}
    />,
    root,
  );
}
