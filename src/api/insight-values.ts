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

/** A search query as it is kept: trimmed, lower-cased, at most 100 characters. */
export const normaliseQuery = (query: string): string =>
  [...query.trim().toLowerCase().replace(/\s+/g, ' ')].slice(0, 100).join('');

export const eventsRoute = 'events';
export const insightsRoutes = {
  overview: 'staff/insights',
} as const;

/** The periods the insights offer, in days up to today. */
export const insightPeriods = [7, 30, 90] as const;
