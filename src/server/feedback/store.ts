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

/** Thrown inside the transaction to undo all of it; the refusal's hit is then counted on its own. */
class Undone extends Error {
  readonly outcome: 'rate-limited' | 'challenge-used';
  constructor(outcome: Undone['outcome']) {
    super(outcome);
    this.outcome = outcome;
  }
}

/**
 * Stores a submission exactly once, in one transaction: the row goes in unless its key was seen
 * before (then the receipt stored for it, or a refusal if the content differs, with nothing spent
 * or counted), then its solved challenge is claimed and the client's rate-limit window counts it.
 * The caller acknowledges only after this resolves, that is after the commit (`write` may share
 * that commit with other submissions).
 *
 * Five round trips in PostgreSQL (begin, insert, claim, count, commit): the key is looked up only
 * when the insert did nothing. The hit is counted last because its row is shared by all of a
 * client's requests and its lock is held to the commit: every other request of that client waits
 * for it (counted first, it was held across three more round trips: 368 accepted/s from one
 * client against 650 without the count). A refused proof or a client over its limit undoes the
 * whole transaction, and the hit is counted on its own, so hammering does not reset the window.
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
      const stored = await insertOnce(trx, submission, now);
      if (stored.outcome !== 'stored') return stored;
      const claimed = await claimChallenge(trx, {
        signature: submission.spamCheck.signature,
        idempotencyKey: submission.idempotencyKey,
        spentOn: submission.table,
        expiresAt: submission.spamCheck.expiresAt,
      });
      if (!claimed) throw new Undone('challenge-used');
      // A guide answer also counts for the insights (it is explicit feedback, not tracking).
      if (submission.answer) await insertEvents(trx, [answerRow(submission.answer, now.toISOString().slice(0, 10))]);
      if (overLimit(await countHit(trx, submission.client, windowStart))) throw new Undone('rate-limited');
      return stored;
    });
  } catch (error) {
    if (!(error instanceof Undone)) throw error;
    // A replayed proof costs its client a hit too.
    const hits = await write((trx) => countHit(trx, submission.client, windowStart));
    return error.outcome === 'rate-limited' || overLimit(hits)
      ? { outcome: 'rate-limited', retryAfterSeconds }
      : { outcome: 'challenge-used' };
  }
}

/** Inserts the row under a fresh reference, or answers for the key already stored. */
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
    if (stored) return { outcome: 'stored', submission: stored };
    // Nothing inserted: the key was stored before (or by a transaction that committed meanwhile).
    const known = await findByKey(trx, submission.table, submission.idempotencyKey);
    if (known) return answerFor(known, submission);
  }
  throw new Error('No free reference after five attempts');
}

function answerFor(known: StoredSubmission, submission: Submission): StoreOutcome {
  return known.body_hash === submission.bodyHash
    ? { outcome: 'duplicate', submission: known }
    : { outcome: 'key-reused' };
}
