import { localeCodes } from '../i18n/locales.ts';
import { guideFeedbackReasons } from './feedback-limits.ts';
import { insightPeriods, walkthroughActions } from './insight-values.ts';
import { z } from './zod.ts';

export * from './insight-values.ts';

const locale = z.enum(localeCodes as [string, ...string[]], { error: 'invalid-locale' });
// The form of a slug only: which guides exist is the service's to check (src/server/insights/known-content.ts).
const guide = z.string().regex(/^[a-z0-9-]{1,80}$/, { error: 'invalid-guide' });
const walkthroughId = z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'invalid-walkthrough' });

/** One event, as `POST events` accepts it. */
export const InsightEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('search'),
    locale,
    // Control characters never; the server lower-cases and trims again.
    query: z
      .string()
      .max(200)
      .refine((text) => !/\p{Cc}/u.test(text), { error: 'control-characters' }),
    results: z.number().int().nonnegative().max(100_000),
    opened: z.number().int().positive().max(1000).nullable(),
  }),
  z.object({ type: z.literal('guide-view'), locale, guide }),
  z.object({
    type: z.literal('walkthrough'),
    locale,
    guide,
    walkthrough: walkthroughId,
    action: z.enum(walkthroughActions),
    step: z.number().int().min(1).max(100).optional(),
    mode: z.enum(['try', 'show']).optional(),
  }),
]);

/** `POST events`: a batch, as `navigator.sendBeacon` sends it (text/plain JSON, or application/json). */
export const InsightBatchSchema = z.object({ events: z.array(InsightEventSchema).min(1).max(50) });

export const InsightQuerySchema = z.object({
  days: z.coerce
    .number()
    .refine((days) => (insightPeriods as readonly number[]).includes(days), { error: 'invalid-period' })
    .default(30),
  locale: locale.optional(),
});

const count = z.number().int().nonnegative();

export const GuideInsightSchema = z.object({
  guide: z.string(),
  locale: z.string(),
  views: count,
  answers: count,
  helpful: count,
  reasons: z.record(z.enum(guideFeedbackReasons), count),
  walkthroughs: z.array(
    z.object({
      walkthrough: z.string(),
      starts: count,
      finishes: count,
      refusals: count,
      abandons: count,
      /** Per step (1-based, in order): readers who reached it, wrong clicks and hints there. */
      steps: z.array(z.object({ step: z.number().int(), reached: count, wrong: count, hints: count })),
    }),
  ),
});
export type GuideInsight = z.output<typeof GuideInsightSchema>;

export const SearchInsightSchema = z.object({
  query: z.string(),
  locale: z.string(),
  searches: count,
  noResult: count,
  opened: count,
});
export type SearchInsight = z.output<typeof SearchInsightSchema>;

export const FixSchema = z.object({
  kind: z.enum(['no-result', 'unhelpful', 'drop-off']),
  locale: z.string(),
  /** How many readers it failed in the period: the ranking. */
  readers: count,
  guide: z.string().optional(),
  query: z.string().optional(),
  walkthrough: z.string().optional(),
  step: z.number().int().optional(),
  /** For drop-off: readers who reached the step, and the next. For unhelpful: answers, yes. */
  evidence: z.record(z.string(), z.number()),
});
export type Fix = z.output<typeof FixSchema>;

export const InsightsSchema = z.object({
  days: z.number().int(),
  since: z.string(),
  guides: z.array(GuideInsightSchema),
  topQueries: z.array(SearchInsightSchema),
  noResultQueries: z.array(SearchInsightSchema),
  unopenedQueries: z.array(SearchInsightSchema),
  fixNext: z.array(FixSchema),
});
export type Insights = z.output<typeof InsightsSchema>;
