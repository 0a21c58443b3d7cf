import { normaliseQuery } from '../../api/insight-values.ts';

export interface SearchReport {
  /** The search settled on these results (the reader may still type on). */
  settled(query: string, results: number): void;
  /** The reader opened the result of this rank (1 = the first guide). */
  opened(rank: number): void;
  /** The reader left the search (closed it, left the page) without opening a result. */
  left(): void;
}

/**
 * What the insights learn of one search: the query the reader settled on, how many guides it
 * found, and which one they opened, or that they opened none. Reported once per query; the
 * beacon is loaded when the search UI is, so a click that leaves the page still reports.
 */
export function createSearchReport(locale: string): SearchReport {
  const beacon = import('../../insights/beacon.ts');
  let last: { query: string; results: number } | undefined;
  let reported = true;
  const send = (opened: number | null) => {
    if (!last || reported) return;
    reported = true;
    const event = { type: 'search' as const, locale, ...last, opened };
    void beacon.then(({ track, flush }) => {
      track(event);
      if (opened !== null) flush();
    });
  };
  return {
    settled(query, results) {
      const normalised = normaliseQuery(query);
      // While the reader types on, each settled query replaces the one before: the last counts.
      if (!normalised || normalised === last?.query) return;
      last = { query: normalised, results };
      reported = false;
    },
    opened: (rank) => send(rank),
    left: () => send(null),
  };
}
