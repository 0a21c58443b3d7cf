import { guideSlugs } from '../content/guide-schema.ts';
import { localeCodes } from '../i18n/locales.ts';
import { feedbackKinds, feedbackTopicIds, guideFeedbackReasons } from './feedback.ts';
import { feedbackStatuses, staffRoutes } from './staff-values.ts';
import { z } from './zod.ts';

/**
 * The staff API's schemas: what the inbox (src/islands/inbox/) asks the feedback service, under
 * `<base>api/staff/` (routes in staff-values.ts). Every route but signing in needs the session
 * cookie; every route checks on the server what the person may see.
 */

export { feedbackStatuses, staffRoutes };
export const FeedbackStatusSchema = z.enum(feedbackStatuses, { error: 'invalid-status' });
export type FeedbackStatus = z.output<typeof FeedbackStatusSchema>;

export const StaffEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'invalid-email' }));

/** Who is signed in, and what they may see. */
export const StaffSchema = z.object({
  email: z.string(),
  role: z.enum(['admin', 'team']),
  /** The services whose feedback they read (every service for an admin). */
  services: z.array(z.string()),
  /** Whether they read the guide answers (writers and admins). */
  guides: z.boolean(),
});
export type Staff = z.output<typeof StaffSchema>;

export const SignInSchema = z.object({
  email: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(254, { error: 'invalid-email' }),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(1024, { error: 'too-long' }),
});
export type SignIn = z.input<typeof SignInSchema>;

/** A day as `YYYY-MM-DD` that exists: 2026-02-31 matches the pattern, but a Date moves it to March. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid-date' })
  .refine(
    (day) => {
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
    },
    { error: 'invalid-date' },
  );

/** The inbox's filters, as they stand in its URL (`/inbox/?service=kdrive&status=new`). */
export const FeedbackFilterSchema = z.object({
  service: z.enum(feedbackTopicIds as unknown as [string, ...string[]]).optional(),
  kind: z.enum(feedbackKinds).optional(),
  status: FeedbackStatusSchema.optional(),
  locale: z.enum(localeCodes as [string, ...string[]]).optional(),
  /** Received on or after this day (UTC). */
  from: isoDate.optional(),
  /** Received on or before this day (UTC). */
  to: isoDate.optional(),
  /** Words to find in the subject or the message. */
  q: z.string().trim().max(200).optional(),
  assignee: z.string().max(254).optional(),
});
export type FeedbackFilter = z.output<typeof FeedbackFilterSchema>;

export const FeedbackSummarySchema = z.object({
  reference: z.string(),
  receivedAt: z.string(),
  service: z.string(),
  kind: z.enum(feedbackKinds),
  subject: z.string(),
  /** The first words of the message. */
  preview: z.string(),
  locale: z.string().nullable(),
  status: FeedbackStatusSchema,
  assignee: z.string().nullable(),
});
export type FeedbackSummary = z.output<typeof FeedbackSummarySchema>;

export const FeedbackPageSchema = z.object({
  items: z.array(FeedbackSummarySchema),
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  counts: z.object({
    status: z.record(z.string(), z.number().int()),
    service: z.record(z.string(), z.number().int()),
  }),
});
export type FeedbackPage = z.output<typeof FeedbackPageSchema>;

export const NoteSchema = z.object({ author: z.string().nullable(), body: z.string(), createdAt: z.string() });
export const AuditEventSchema = z.object({
  at: z.string(),
  staff: z.string().nullable(),
  action: z.enum(['status', 'assign', 'note']),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type AuditEvent = z.output<typeof AuditEventSchema>;

export const FeedbackDetailSchema = FeedbackSummarySchema.extend({
  message: z.string(),
  /** Present only where the reader agreed to be answered there. */
  email: z.string().nullable(),
  notes: z.array(NoteSchema),
  history: z.array(AuditEventSchema),
});
export type FeedbackDetail = z.output<typeof FeedbackDetailSchema>;

/** A change to one piece of feedback; `assignee: null` unassigns. */
export const FeedbackChangeSchema = z
  .object({ status: FeedbackStatusSchema.optional(), assignee: z.string().max(254).nullable().optional() })
  .refine((change) => change.status !== undefined || change.assignee !== undefined, { error: 'required' });
export type FeedbackChange = z.output<typeof FeedbackChangeSchema>;

export const BulkChangeSchema = z.object({
  references: z
    .array(z.string().regex(/^FB-[0-9A-Z]{6}$/))
    .min(1)
    .max(200),
  change: FeedbackChangeSchema,
});

export const BulkResultSchema = z.object({ updated: z.array(z.string()), notFound: z.array(z.string()) });

export const NewNoteSchema = z.object({
  body: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(5000, { error: 'too-long' }),
});

export const GuideAnswerFilterSchema = z.object({
  guide: z.enum(guideSlugs).optional(),
  locale: z.enum(localeCodes as [string, ...string[]]).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type GuideAnswerFilter = z.output<typeof GuideAnswerFilterSchema>;

export const GuideAnswersSchema = z.object({
  summary: z.array(
    z.object({
      guide: z.string(),
      locale: z.string(),
      answers: z.number().int(),
      helpful: z.number().int(),
      reasons: z.record(z.enum(guideFeedbackReasons), z.number().int()),
    }),
  ),
  comments: z.array(
    z.object({
      reference: z.string(),
      receivedAt: z.string(),
      guide: z.string(),
      locale: z.string(),
      helpful: z.boolean(),
      reason: z.string().nullable(),
      comment: z.string().nullable(),
      step: z.number().int().nullable(),
    }),
  ),
});
export type GuideAnswers = z.output<typeof GuideAnswersSchema>;

export const PeopleSchema = z.object({ people: z.array(z.object({ email: z.string() })) });
