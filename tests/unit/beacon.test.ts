// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const sent: { url: string; body: string }[] = [];

beforeEach(() => {
  vi.resetModules();
  sent.length = 0;
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, body: string) => sent.push({ url, body }) > 0,
  });
});
afterEach(() => {
  Object.defineProperty(navigator, 'doNotTrack', { configurable: true, value: null });
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: undefined });
});

const view = { type: 'guide-view' as const, locale: 'en', guide: 'organizations' };

describe('the insights beacon', () => {
  test('sends what waits in batches of 50 when the page is hidden, as text the browser sends itself', async () => {
    const { track } = await import('../../src/insights/beacon.ts');
    for (let n = 0; n < 60; n++) track(view);
    expect(sent).toEqual([]);
    dispatchEvent(new Event('pagehide'));
    expect(sent.map((batch) => JSON.parse(batch.body).events.length)).toEqual([50, 10]);
    expect(sent[0]?.url).toMatch(/\/api\/events$/);
  });

  test('sends two seconds after the first event, while the page lives', async () => {
    vi.useFakeTimers();
    const { track } = await import('../../src/insights/beacon.ts');
    track(view);
    vi.advanceTimersByTime(1_900);
    track(view);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(sent.map((batch) => JSON.parse(batch.body).events.length)).toEqual([2]);
    vi.useRealTimers();
  });

  test.each([
    ['Global Privacy Control', 'globalPrivacyControl', true],
    ['Do Not Track', 'doNotTrack', '1'],
  ])('with %s, nothing is kept and nothing is sent', async (_name, property, value) => {
    Object.defineProperty(navigator, property, { configurable: true, value });
    const { track, trackingAllowed } = await import('../../src/insights/beacon.ts');
    expect(trackingAllowed()).toBe(false);
    track(view);
    dispatchEvent(new Event('pagehide'));
    expect(sent).toEqual([]);
  });
});
