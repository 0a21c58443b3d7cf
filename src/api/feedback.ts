import { guideSlugs } from '../content/guide-schema.ts';
import { services } from '../content/services.ts';
import { localeCodes } from '../i18n/locales.ts';
import { feedbackKindValues, feedbackLimits, guideFeedbackReasons, textLength } from './feedback-limits.ts';
import { z } from './zod.ts';

export { feedbackLimits, textLength };

// C0 and C1 control characters, except tab and line breaks where a text may have several lines.
const controlInLine = /\p{Cc}/u;
const controlInText = /(?![\t\n\r])\p{Cc}/u;

/**
 * A reader's text: trimmed, then checked in the order a reader fixes things (missing, invalid
 * characters, too short, too long). Errors are codes the form translates.
 */
function readerText(options: { min?: number; max: number; multiline: boolean }) {
  const control = options.multiline ? controlInText : controlInLine;
  return z
    .string({ error: 'required' })
    .trim()
    .refine((text) => text.length > 0, { error: 'required', abort: true })
    .refine((text) => !control.test(text), { error: 'control-characters', abort: true })
    .refine((text) => textLength(text) >= (options.min ?? 0), { error: 'too-short', abort: true })
    .refine((text) => textLength(text) <= options.max, { error: 'too-long', abort: true });
}

/** The eighteen services (DESIGN.md contract), plus the help center itself for missing guides. */
export const feedbackTopicIds = [...services.map((service) => service.id), 'help-center'] as const;
export const FeedbackTopicSchema = z.enum(feedbackTopicIds as unknown as [string, ...string[]], {
  error: 'invalid-service',
});

export const FeedbackKindSchema = z.enum(feedbackKindValues, { error: 'invalid-kind' });
export type FeedbackKind = z.output<typeof FeedbackKindSchema>;
export const feedbackKinds = FeedbackKindSchema.options;

/**
 * `POST feedback`: one reader's feedback about one service. `website` is a honeypot: people never
 * see it, bots fill it; the server then pretends to accept and drops the message.
 * An email is optional; when given, the reader must agree to be answered there.
 */
export const FeedbackInputSchema = z
  .object({
    service: FeedbackTopicSchema,
    kind: FeedbackKindSchema,
    subject: readerText({ ...feedbackLimits.subject, multiline: false }),
    message: readerText({ ...feedbackLimits.message, multiline: true }),
    email: z
      .string()
      .trim()
      .max(feedbackLimits.email.max, { error: 'invalid-email' })
      .pipe(z.union([z.literal(''), z.email({ error: 'invalid-email' })]))
      .optional(),
    replyConsent: z.boolean().optional(),
    locale: z.enum(localeCodes as [string, ...string[]]).optional(),
    website: z.string().max(500).optional(),
  })
  .superRefine((input, context) => {
    if (input.email && !input.replyConsent) {
      context.addIssue({ code: 'custom', message: 'consent-required', path: ['replyConsent'] });
    }
    if (!input.email && input.replyConsent) {
      context.addIssue({ code: 'custom', message: 'email-required', path: ['email'] });
    }
  });
export type FeedbackInput = z.input<typeof FeedbackInputSchema>;
export type FeedbackFieldName = 'kind' | 'subject' | 'message' | 'email' | 'replyConsent';

/** Why a guide did not help, as the reader picks it. */
export const GuideFeedbackReasonSchema = z.enum(guideFeedbackReasons, { error: 'invalid-reason' });
export type GuideFeedbackReason = z.output<typeof GuideFeedbackReasonSchema>;
export { guideFeedbackReasons };

/** `POST guide-feedback`: "Was this guide helpful?", with the walkthrough step when asked from one. */
export const GuideFeedbackInputSchema = z
  .object({
    guide: z.enum(guideSlugs, { error: 'invalid-guide' }),
    locale: z.enum(localeCodes as [string, ...string[]], { error: 'invalid-locale' }),
    helpful: z.boolean({ error: 'required' }),
    reason: GuideFeedbackReasonSchema.optional(),
    comment: z
      .string()
      .trim()
      .refine((text) => !controlInText.test(text), { error: 'control-characters', abort: true })
      .refine((text) => textLength(text) <= feedbackLimits.comment.max, { error: 'too-long' })
      .optional(),
    step: z.number().int().min(1).max(100).optional(),
  })
  .refine((input) => input.helpful || input.reason !== undefined, { error: 'required', path: ['reason'] });
export type GuideFeedbackInput = z.input<typeof GuideFeedbackInputSchema>;

/** The server's receipt: the reference a reader can quote, and whether this key was seen before. */
export const FeedbackReceiptSchema = z.object({
  reference: z.string().regex(/^[A-Z]{2}-[0-9A-Z]{6}$/),
  receivedAt: z.iso.datetime(),
  duplicate: z.boolean(),
});
export type FeedbackReceipt = z.output<typeof FeedbackReceiptSchema>;

/** One received submission, as the service team's listing shows it (`GET feedback`). */
export const ReceivedFeedbackSchema = z.object({
  reference: z.string(),
  receivedAt: z.iso.datetime(),
  idempotencyKey: z.string(),
  feedback: FeedbackInputSchema,
});
export const ReceivedFeedbackListSchema = z.object({ received: z.array(ReceivedFeedbackSchema) });
export type ReceivedFeedbackList = z.output<typeof ReceivedFeedbackListSchema>;

export const ReceivedGuideFeedbackListSchema = z.object({
  received: z.array(
    z.object({
      reference: z.string(),
      receivedAt: z.iso.datetime(),
      idempotencyKey: z.string(),
      feedback: GuideFeedbackInputSchema,
    }),
  ),
});
export type ReceivedGuideFeedbackList = z.output<typeof ReceivedGuideFeedbackListSchema>;

/** Header carrying the key a retry repeats, so the server stores a submission once. */
export const idempotencyHeader = 'Idempotency-Key';
export const IdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9-]{16,64}$/);
