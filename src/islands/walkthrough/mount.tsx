import { render } from 'preact';
import { isLocale } from '../../i18n/locales.ts';
import { loadPracticeTranslate } from '../../i18n/practice-strings.ts';
import { $walkthroughProgress, saveProgress } from '../../stores/walkthrough.ts';
import type { StartRequest } from '../../walkthroughs/runner.ts';
import type { Walkthrough as Script } from '../../walkthroughs/script.ts';
import Walkthrough from './Walkthrough.tsx';

let active: HTMLElement | null = null;

/** The walkthrough the page carries (Steps.astro writes it, checked by the build, into the root). */
function scriptOf(root: HTMLElement): Script | null {
  try {
    return JSON.parse(root.dataset.script ?? 'null') as Script | null;
  } catch {
    return null;
  }
}

/**
 * Opens the walkthrough of a `[data-walkthrough]` root (the starter calls this on the first click,
 * after importing this module), once its language's strings are here. One walkthrough runs at a
 * time: starting one closes the other.
 */
export async function mountWalkthrough(root: HTMLElement, request: StartRequest): Promise<void> {
  const script = scriptOf(root);
  const container = root.querySelector<HTMLElement>('[data-walkthrough-mount]');
  if (!script || !container) return;
  const locale = isLocale(root.dataset.locale) ? root.dataset.locale : 'en';
  const t = await loadPracticeTranslate(locale);
  if (active) render(null, active);
  active = container;
  const exit = () => {
    render(null, container);
    if (active === container) active = null;
    saveProgress(null);
    root.querySelector<HTMLElement>('button[data-mode="try"]')?.focus();
  };
  render(
    <Walkthrough
      key={Date.now()}
      root={root}
      script={script}
      locale={locale}
      t={t}
      request={request}
      saved={$walkthroughProgress.get()}
      onExit={exit}
    />,
    container,
  );
}
