/**
 * The events a page may report for the insights, kept apart from the zod schemas
 * (src/api/insights.ts) so the pages' tiny beacon does not load zod. Anonymous by design: no
 * cookie, no identifier, nothing a reader typed in the practice Manager.
 */
export const walkthroughActions = ['start', 'step', 'wrong', 'hint', 'finish', 'abandon', 'refusal'] as const;
export type WalkthroughAction = (typeof walkthroughActions)[number];

export type InsightEvent =
  /** A search the reader settled on: what they typed, how many results, which one they opened. */
  | { type: 'search'; locale: string; query: string; results: number; opened: number | null }
  | { type: 'guide-view'; locale: string; guide: string }
  | {
      type: 'walkthrough';
      locale: string;
      guide: string;
      walkthrough: string;
      action: WalkthroughAction;
      /** The step (1-based) the action happened on; for `start`, the mode. */
      step?: number;
      mode?: 'try' | 'show';
    };

/**
 * What may be personal data in a query, never kept: an email (`@`), or six digits or more in a row
 * (a phone or order number; single spaces, dots, dashes or slashes between the digits count too,
 * as phone numbers are written `06 12 34 56 78`).
 */
const personal = /@|\p{Nd}(?:[ .\-/]?\p{Nd}){5,}/u;

/**
 * A search query as it is kept: trimmed, lower-cased, at most 100 characters; '' when it is not
 * kept at all (empty, or what may be personal data, checked on the whole query before it is cut).
 */
export const normaliseQuery = (query: string): string => {
  const spaced = query.trim().toLowerCase().replace(/\s+/g, ' ');
  return personal.test(spaced) ? '' : [...spaced].slice(0, 100).join('');
};

export const eventsRoute = 'events';
export const insightsRoutes = {
  overview: 'staff/insights',
} as const;

/** The periods the insights offer, in days up to today. */
export const insightPeriods = [7, 30, 90] as const;
