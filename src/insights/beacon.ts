import { apiBase } from '../api/base.ts';
import { eventsRoute, type InsightEvent } from '../api/insight-values.ts';

/**
 * Sends the page's anonymous events for the insights, in small batches: two seconds after the first
 * one waits, and whatever is left when the page is hidden or left (navigator.sendBeacon, which the
 * browser delivers even then). Sending while the page lives matters: once the practice Manager's
 * worker (MSW) controls a page, it holds every request of that page for the page to answer, and a
 * page that is unloading never does, so a beacon sent as it unloads can be lost.
 * Nothing is collected, or sent, when the browser asks not to be tracked.
 */
const queue: InsightEvent[] = [];
let listening = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** False with Global Privacy Control or Do Not Track: then no event is even kept. */
export function trackingAllowed(): boolean {
  const browser = navigator as Navigator & { globalPrivacyControl?: boolean };
  return browser.globalPrivacyControl !== true && browser.doNotTrack !== '1';
}

export function track(event: InsightEvent): void {
  if (!trackingAllowed()) return;
  queue.push(event);
  if (!listening) {
    listening = true;
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  timer ??= setTimeout(flush, 2_000);
}

/** Sends what waits now (also what the page calls before it navigates away on its own). */
export function flush(): void {
  clearTimeout(timer);
  timer = undefined;
  const url = apiBase + eventsRoute;
  while (queue.length > 0) {
    // A string goes as text/plain: no preflight, so it also reaches a service on another origin.
    const body = JSON.stringify({ events: queue.splice(0, 50) });
    if (navigator.sendBeacon?.(url, body)) continue;
    void fetch(url, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain' } }).catch(
      () => {},
    );
  }
}
