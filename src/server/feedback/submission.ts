import { createHash, randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { FeedbackInputSchema, GuideFeedbackInputSchema } from '../../api/feedback.ts';
import type { NewFeedbackRow, NewGuideFeedbackRow } from '../db/schema.ts';

export type Feedback = z.output<typeof FeedbackInputSchema>;
export type GuideAnswer = z.output<typeof GuideFeedbackInputSchema>;

/** What a submission becomes in its table, before the reference and time are set. */
export type FeedbackFields = Omit<NewFeedbackRow, 'reference' | 'received_at' | 'idempotency_key' | 'body_hash'>;
export type GuideAnswerFields = Omit<
  NewGuideFeedbackRow,
  'reference' | 'received_at' | 'idempotency_key' | 'body_hash'
>;

/** The columns of a feedback row. The email is kept only with the reader's consent to a reply. */
export function feedbackFields(input: Feedback): FeedbackFields {
  return {
    service: input.service,
    kind: input.kind,
    subject: input.subject,
    message: input.message,
    email: input.email && input.replyConsent ? input.email : null,
    locale: input.locale ?? null,
    status: 'new',
  };
}

export function guideAnswerFields(input: GuideAnswer): GuideAnswerFields {
  return {
    guide: input.guide,
    locale: input.locale,
    helpful: input.helpful ? 1 : 0,
    reason: input.helpful ? null : (input.reason ?? null),
    comment: input.comment ? input.comment : null,
    step: input.step ?? null,
  };
}

/**
 * A fingerprint of what will be stored: the same key with the same content is a retry, the same
 * key with other content is refused. Keys are sorted so field order never matters.
 */
export function bodyHash(fields: FeedbackFields | GuideAnswerFields): string {
  const sorted = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

// No 0/O or 1/I: a reader reads the reference out over the phone.
const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A reference a reader can quote: `FB-7KQ2MX` for feedback, `GF-…` for a guide answer. */
export function newReference(prefix: 'FB' | 'GF'): string {
  let code = '';
  for (let index = 0; index < 6; index++) code += alphabet[randomInt(alphabet.length)];
  return `${prefix}-${code}`;
}
