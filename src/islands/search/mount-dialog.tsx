import { render } from 'preact';
import { readSearchConfig } from './config.ts';
import SearchPanel from './SearchPanel.tsx';

/** Renders the search UI into the header's dialog, around its (already focused) search box. */
export function mountDialog(host: HTMLElement, dialog: HTMLDialogElement, input: HTMLInputElement): void {
  const root = dialog.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  render(
    <SearchPanel input={input} config={readSearchConfig(host)} mode="dialog" onLeave={() => dialog.close()} />,
    root,
  );
}
