/**
 * Counts a guide's view for the insights once the page has settled: the beacon loads when the
 * browser is idle, never before the reader can read and act.
 */
export function reportGuideView(guide: string | undefined, locale: string | undefined): void {
  if (!guide || !locale) return;
  const send = () => void import('./beacon.ts').then(({ track }) => track({ type: 'guide-view', guide, locale }));
  if ('requestIdleCallback' in window) requestIdleCallback(send, { timeout: 5000 });
  else setTimeout(send, 2000);
}
