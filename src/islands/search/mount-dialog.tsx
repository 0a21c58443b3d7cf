import { render } from 'preact';
import { readSearchHost, type SearchConfig } from './config.ts';
import { loadSearchConfig } from './load-config.ts';
import { createSearchReport } from './search-report.ts';
import SearchPanel from './SearchPanel.tsx';

/**
 * Renders the search UI into the header's dialog, around its (already focused) search box.
 * Resolves false when the search's strings could not be loaded: the dialog then says search is
 * unavailable, and the next open tries again.
 */
export async function mountDialog(host: HTMLElement, dialog: HTMLDialogElement, input: HTMLInputElement) {
  const root = dialog.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return true;
  const { locale, unavailable } = readSearchHost(host);
  let config: SearchConfig;
  try {
    config = await loadSearchConfig(locale);
  } catch {
    render(
      <p class="search-panel__status" role="status">
        {unavailable}
      </p>,
      root,
    );
    return false;
  }
  const report = createSearchReport(config.locale);
  dialog.addEventListener('close', () => report.left());
  addEventListener('pagehide', () => report.left());
  render(
    <SearchPanel input={input} config={config} mode="dialog" onLeave={() => dialog.close()} report={report} />,
    root,
  );
  return true;
}
