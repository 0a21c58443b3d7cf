import type { Transaction } from 'kysely';
import type { Write } from '../db/commit-group.ts';
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

/** Thrown inside the transaction to undo it: the client is over its limit. */
class OverLimit extends Error {}

/**
 * Stores a submission exactly once, in one transaction: a key seen before answers with what it
 * stored (or a refusal if the content differs), then its solved challenge is claimed, the row goes
 * in, and the client's rate-limit window counts it. The caller acknowledges only after this
 * resolves, that is after the commit (`write` may share that commit with other submissions).
 *
 * The hit is counted last because its row is shared by all of a client's requests: in PostgreSQL
 * the row's lock is held from that statement to the commit, and every other request of the client
 * waits for it (counted first, it was held across three more round trips: 368 accepted/s from one
 * client against 650 without the count). Over the limit, the whole transaction is undone and the
 * hit counted on its own, so hammering still does not reset the window.
 */
export async function storeSubmission(
  write: Write,
  submission: Submission,
  now: Date,
  limit: RateLimit,
): Promise<StoreOutcome> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = Math.floor(now.getTime() / windowMs) * limit.windowSeconds;
  const retryAfterSeconds = Math.max(1, Math.ceil(windowStart + limit.windowSeconds - now.getTime() / 1000));
  const overLimit = (hits: number) => hits > limit.max;
  try {
    return await write(async (trx): Promise<StoreOutcome> => {
      const known = await findByKey(trx, submission.table, submission.idempotencyKey);
      if (known) return answerFor(known, submission);

      const claimed = await claimChallenge(trx, {
        signature: submission.spamCheck.signature,
        idempotencyKey: submission.idempotencyKey,
        spentOn: submission.table,
        expiresAt: submission.spamCheck.expiresAt,
      });
      if (!claimed) {
        // A replayed challenge counts against the client too (the transaction commits the hit).
        const hits = await countHit(trx, submission.client, windowStart);
        return overLimit(hits) ? { outcome: 'rate-limited', retryAfterSeconds } : { outcome: 'challenge-used' };
      }

      const stored = await insertOnce(trx, submission, now);
      if (stored.outcome !== 'stored') return stored;
      if (overLimit(await countHit(trx, submission.client, windowStart))) throw new OverLimit();
      return stored;
    });
  } catch (error) {
    if (!(error instanceof OverLimit)) throw error;
    await write((trx) => countHit(trx, submission.client, windowStart));
    return { outcome: 'rate-limited', retryAfterSeconds };
  }
}

/** Inserts the row, and a guide answer's event, under a fresh reference. */
async function insertOnce(trx: Transaction<Database>, submission: Submission, now: Date): Promise<StoreOutcome> {
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
}

function answerFor(known: StoredSubmission, submission: Submission): StoreOutcome {
  return known.body_hash === submission.bodyHash
    ? { outcome: 'duplicate', submission: known }
    : { outcome: 'key-reused' };
}
