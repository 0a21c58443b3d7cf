import { afterEach, describe, expect, test, vi } from 'vitest';
import type { InsightEvent } from '../../src/api/insight-values.ts';

const tracked: InsightEvent[] = [];
vi.mock('../../src/insights/beacon.ts', () => ({
  track: (event: InsightEvent) => tracked.push(event),
  flush: () => {},
}));
const { createSearchReport } = await import('../../src/islands/search/search-report.ts');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  tracked.length = 0;
});

describe('what a search tells the insights', () => {
  test('the query the reader settled on, with the rank of the result opened', async () => {
    const report = createSearchReport('fr');
    report.settled('mot', 12);
    report.settled('Mot de passe ', 3);
    report.opened(2);
    await settle();
    expect(tracked).toEqual([{ type: 'search', locale: 'fr', query: 'mot de passe', results: 3, opened: 2 }]);
  });

  test('leaving without opening reports the query once, with nothing opened', async () => {
    const report = createSearchReport('en');
    report.settled('wifi printer', 0);
    report.left();
    report.left();
    await settle();
    expect(tracked).toEqual([{ type: 'search', locale: 'en', query: 'wifi printer', results: 0, opened: null }]);
  });

  test('a query that may be an email or a phone number is never reported', async () => {
    const report = createSearchReport('fr');
    report.settled('camille@example.com', 0);
    report.left();
    report.settled('06 12 34 56 78', 0);
    report.opened(1);
    await settle();
    expect(tracked).toEqual([]);
  });

  test('nothing settled, nothing reported; a new query after a report is reported too', async () => {
    const report = createSearchReport('de');
    report.left();
    report.settled('rechnung', 2);
    report.opened(1);
    report.settled('rechnung', 2);
    report.left();
    report.settled('vertrag', 1);
    report.left();
    await settle();
    expect(tracked.map((event) => event.type === 'search' && [event.query, event.opened])).toEqual([
      ['rechnung', 1],
      ['vertrag', null],
    ]);
  });
});
