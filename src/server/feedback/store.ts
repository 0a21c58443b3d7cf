import type { Kysely } from 'kysely';
import { answerRow, insertEvents } from '../db/insight-events.ts';
import { countHit } from '../db/rate-limit.ts';
import type { Database } from '../db/schema.ts';
import { claimChallenge } from '../db/spam-challenges.ts';
import { findByKey, insertSubmission, type StoredSubmission, type SubmissionTable } from '../db/submissions.ts';
import type { PassedCheck } from '../spam/spam-check.ts';
import { type FeedbackFields, type GuideAnswerFields, newReference } from './submission.ts';

export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export interface Submission {
  table: SubmissionTable;
  idempotencyKey: string;
  bodyHash: string;
  fields: FeedbackFields | GuideAnswerFields;
  /** The client's keyed hash: whose window the submission counts in. */
  client: string;
  spamCheck: PassedCheck;
  /** For a guide answer: what the insights count of it. */
  answer?: { guide: string; locale: string; helpful: boolean; reason: string | null };
}

export type StoreOutcome =
  | { outcome: 'stored'; submission: StoredSubmission }
  | { outcome: 'duplicate'; submission: StoredSubmission }
  | { outcome: 'key-reused' }
  | { outcome: 'rate-limited'; retryAfterSeconds: number }
  | { outcome: 'challenge-used' };

const prefixes = { feedback: 'FB', guide_feedback: 'GF' } as const;

/**
 * Stores a submission exactly once, in one transaction: a key seen before answers with what it
 * stored (or a refusal if the content differs), then the client's rate-limit window counts it,
 * then its solved challenge is claimed, then the row goes in. The caller acknowledges only after
 * this resolves, that is after the commit.
 */
export function storeSubmission(
  db: Kysely<Database>,
  submission: Submission,
  now: Date,
  limit: RateLimit,
): Promise<StoreOutcome> {
  return db.transaction().execute(async (trx): Promise<StoreOutcome> => {
    const known = await findByKey(trx, submission.table, submission.idempotencyKey);
    if (known) return answerFor(known, submission);

    const windowMs = limit.windowSeconds * 1000;
    const windowStart = Math.floor(now.getTime() / windowMs) * limit.windowSeconds;
    const hits = await countHit(trx, submission.client, windowStart);
    if (hits > limit.max) {
      // The hit is kept (the transaction commits): hammering does not reset the window.
      const retryAfterSeconds = Math.max(1, Math.ceil(windowStart + limit.windowSeconds - now.getTime() / 1000));
      return { outcome: 'rate-limited', retryAfterSeconds };
    }

    const claimed = await claimChallenge(trx, {
      signature: submission.spamCheck.signature,
      idempotencyKey: submission.idempotencyKey,
      spentOn: submission.table,
      expiresAt: submission.spamCheck.expiresAt,
    });
    if (!claimed) return { outcome: 'challenge-used' };

    // A new reference collides about once in a billion; then another one is drawn.
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await insertSubmission(trx, submission.table, {
        ...submission.fields,
        reference: newReference(prefixes[submission.table]),
        idempotency_key: submission.idempotencyKey,
        body_hash: submission.bodyHash,
        received_at: now.toISOString(),
      });
      if (stored) {
        // A guide answer also counts for the insights (it is explicit feedback, not tracking).
        if (submission.answer) await insertEvents(trx, [answerRow(submission.answer, now.toISOString().slice(0, 10))]);
        return { outcome: 'stored', submission: stored };
      }
      // Another transaction may have stored this key since our first look (PostgreSQL).
      const raced = await findByKey(trx, submission.table, submission.idempotencyKey);
      if (raced) return answerFor(raced, submission);
    }
    throw new Error('No free reference after five attempts');
  });
}

function answerFor(known: StoredSubmission, submission: Submission): StoreOutcome {
  return known.body_hash === submission.bodyHash
    ? { outcome: 'duplicate', submission: known }
    : { outcome: 'key-reused' };
}
