import { render } from 'preact';
import { isLocale } from '../../i18n/locales.ts';
import { $walkthroughProgress, saveProgress } from '../../stores/walkthrough.ts';
import { findWalkthrough } from '../../walkthroughs/index.ts';
import type { StartRequest } from './useRunner.ts';
import Walkthrough from './Walkthrough.tsx';

let active: HTMLElement | null = null;

/**
 * Opens the walkthrough of a `[data-walkthrough]` root (the starter calls this on the first click,
 * after importing this module). One walkthrough runs at a time: starting one closes the other.
 */
export function mountWalkthrough(root: HTMLElement, asked: StartRequest): void {
  const script = findWalkthrough(root.dataset.walkthrough ?? '');
  const container = root.querySelector<HTMLElement>('[data-walkthrough-mount]');
  if (!script || !container) return;
  if (active) render(null, active);
  active = container;
  const saved = $walkthroughProgress.get();
  const request: StartRequest =
    asked.resume && saved?.id === script.id
      ? { mode: saved.mode, variant: saved.variant, position: { step: saved.step, action: saved.action } }
      : { ...asked, resume: false };
  const locale = isLocale(root.dataset.locale) ? root.dataset.locale : 'en';
  const exit = () => {
    render(null, container);
    if (active === container) active = null;
    saveProgress(null);
    root.querySelector<HTMLElement>('button[data-mode="try"]')?.focus();
  };
  render(
    <Walkthrough key={Date.now()} root={root} script={script} locale={locale} request={request} onExit={exit} />,
    container,
  );
}
