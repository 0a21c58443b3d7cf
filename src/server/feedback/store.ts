import type { Transaction } from 'kysely';
import type { Write } from '../db/commit-group.ts';
import type { OpenDatabase } from '../db/database.ts';
import { answerRow, insertEvents } from '../db/insight-events.ts';
import { countHit } from '../db/rate-limit.ts';
import type { Database } from '../db/schema.ts';
import { claimChallenge } from '../db/spam-challenges.ts';
import { storeInOneStatement } from '../db/store-statement.ts';
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

/** Stores a reader's submission exactly once; resolves after the commit that holds it. */
export type StoreSubmission = (submission: Submission, now: Date, limit: RateLimit) => Promise<StoreOutcome>;

/** The engine's way to store a submission: one transaction on SQLite, one statement on PostgreSQL. */
export function submissionStore(database: Pick<OpenDatabase, 'db' | 'write' | 'engine'>): StoreSubmission {
  return database.engine === 'postgres'
    ? (submission, now, limit) => storeInPostgres(database, submission, now, limit)
    : (submission, now, limit) => storeInTransaction(database.write, submission, now, limit);
}

function windowOf(now: Date, limit: RateLimit) {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = Math.floor(now.getTime() / windowMs) * limit.windowSeconds;
  const retryAfterSeconds = Math.max(1, Math.ceil(windowStart + limit.windowSeconds - now.getTime() / 1000));
  return { windowStart, retryAfterSeconds };
}

/**
 * In one transaction: the row goes in unless its key was seen before (then the receipt stored for
 * it, or a refusal if the content differs, with nothing spent or counted), then its solved
 * challenge is claimed and the client's rate-limit window counts it. `write` may share the commit
 * with other submissions (the embedded database groups them).
 *
 * The hit is counted last because its row is shared by all of a client's requests and its lock is
 * held to the commit. A refused proof or a client over its limit undoes the whole transaction,
 * and the hit is counted on its own, so hammering does not reset the window.
 */
async function storeInTransaction(
  write: Write,
  submission: Submission,
  now: Date,
  limit: RateLimit,
): Promise<StoreOutcome> {
  const { windowStart, retryAfterSeconds } = windowOf(now, limit);
  const overLimit = (hits: number) => hits > limit.max;
  try {
    return await write(async (trx): Promise<StoreOutcome> => {
      const stored = await storeRow(trx, submission, now);
      if (stored.outcome !== 'stored') return stored;
      const claimed = await claimChallenge(trx, {
        signature: submission.spamCheck.signature,
        idempotencyKey: submission.idempotencyKey,
        spentOn: submission.table,
        expiresAt: submission.spamCheck.expiresAt,
      });
      if (!claimed) throw new Undone('challenge-used');
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

/**
 * The same rules in one statement (src/server/db/store-statement.ts): one round trip instead of
 * five. When it stored nothing, the result and one lookup by key say why.
 */
async function storeInPostgres(
  database: Pick<OpenDatabase, 'db' | 'write'>,
  submission: Submission,
  now: Date,
  limit: RateLimit,
): Promise<StoreOutcome> {
  const { windowStart, retryAfterSeconds } = windowOf(now, limit);
  const result = await storeInOneStatement(database.db, {
    table: submission.table,
    row: rowOf(submission, now),
    bucket: submission.client,
    windowStart,
    maxHits: limit.max,
    challenge: submission.spamCheck,
    event: submission.answer && answerRow(submission.answer, day(now)),
  });
  if (result.stored) return { outcome: 'stored', submission: result.stored };
  // Stored before, or by a transaction that committed while this one waited on the key.
  const known = await findByKey(database.db, submission.table, submission.idempotencyKey);
  if (known) return answerFor(known, submission);
  if (result.hits !== null && result.hits > limit.max) return { outcome: 'rate-limited', retryAfterSeconds };
  if (!result.claimed) return { outcome: 'challenge-used' };
  // Counted and claimed, but the new reference was taken: the row goes in under another one.
  return database.write((trx) => storeRow(trx, submission, now));
}

const day = (now: Date) => now.toISOString().slice(0, 10);

/** The row as its table stores it, under a fresh reference. */
function rowOf(submission: Submission, now: Date) {
  return {
    ...submission.fields,
    reference: newReference(prefixes[submission.table]),
    idempotency_key: submission.idempotencyKey,
    body_hash: submission.bodyHash,
    received_at: now.toISOString(),
  };
}

/**
 * Inserts the row under a fresh reference (and a guide answer's count for the insights: it is
 * explicit feedback, not tracking), or answers for the key already stored.
 */
async function storeRow(trx: Transaction<Database>, submission: Submission, now: Date): Promise<StoreOutcome> {
  // A new reference collides with one of N stored rows about N times in a billion; then another is drawn.
  for (let attempt = 0; attempt < 5; attempt++) {
    const stored = await insertSubmission(trx, submission.table, rowOf(submission, now));
    if (stored) {
      if (submission.answer) await insertEvents(trx, [answerRow(submission.answer, day(now))]);
      return { outcome: 'stored', submission: stored };
    }
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
