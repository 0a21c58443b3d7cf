import { render } from 'preact';
import { readSearchConfig } from './config.ts';
import { createSearchReport } from './search-report.ts';
import SearchPanel from './SearchPanel.tsx';

/** Renders the search UI into the header's dialog, around its (already focused) search box. */
export function mountDialog(host: HTMLElement, dialog: HTMLDialogElement, input: HTMLInputElement): void {
  const root = dialog.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  const config = readSearchConfig(host);
  const report = createSearchReport(config.locale);
  dialog.addEventListener('close', () => report.left());
  addEventListener('pagehide', () => report.left());
  render(
    <SearchPanel input={input} config={config} mode="dialog" onLeave={() => dialog.close()} report={report} />,
    root,
  );
}
