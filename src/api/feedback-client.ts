import { apiBase } from './base.ts';
import { type FeedbackReceipt, FeedbackReceiptSchema, idempotencyHeader } from './feedback.ts';
import { routes } from './routes.ts';
import { ServiceErrorSchema } from './service-errors.ts';
import { SpamChallengeSchema, spamCheckHeader } from './spam-check.ts';

/** The two places feedback goes. */
export type FeedbackEndpoint = 'feedback' | 'guideFeedback';

/** What became of one attempt to deliver a submission. */
export type DeliveryResult =
  | { outcome: 'sent'; receipt: FeedbackReceipt }
  /** The server refused the content (400): retrying the same text cannot help. */
  | { outcome: 'invalid'; fieldErrors: Record<string, string> }
  | { outcome: 'rate-limited'; retryAfterSeconds: number }
  /** Offline, timed out, or the server failed: worth trying again later. */
  | { outcome: 'failed'; reason: 'network' | 'timeout' | 'server' };

/** How long an attempt may take before it counts as failed (and is retried later). */
export const deliveryTimeoutMs = 10_000;

/**
 * Asks the service for a spam challenge and solves it: the proof every submission carries. The
 * solver (Web Crypto hashing) is loaded only now, when something is being sent.
 */
async function proveNotSpam(base: string, signal: AbortSignal): Promise<string | undefined> {
  const response = await fetch(base + routes.feedbackChallenge, { signal, cache: 'no-store' });
  if (!response.ok) return undefined;
  const challenge = SpamChallengeSchema.safeParse(await response.json().catch(() => null));
  if (!challenge.success) return undefined;
  const { solveSpamCheck } = await import('./spam-solver.ts');
  return solveSpamCheck(challenge.data);
}

/**
 * Posts one submission with its idempotency key and a solved spam challenge, and says what
 * happened; never throws. The same key on every retry lets the server keep exactly one copy.
 */
export async function deliverSubmission(
  endpoint: FeedbackEndpoint,
  body: unknown,
  idempotencyKey: string,
  options: { base?: string; timeoutMs?: number } = {},
): Promise<DeliveryResult> {
  const base = options.base ?? apiBase;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? deliveryTimeoutMs);
  try {
    const proof = await proveNotSpam(base, controller.signal);
    if (!proof) return { outcome: 'failed', reason: 'server' };
    const response = await fetch(base + routes[endpoint], {
      method: 'POST',
      headers: { 'content-type': 'application/json', [idempotencyHeader]: idempotencyKey, [spamCheckHeader]: proof },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    const json: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const receipt = FeedbackReceiptSchema.safeParse(json);
      return receipt.success ? { outcome: 'sent', receipt: receipt.data } : { outcome: 'failed', reason: 'server' };
    }
    const error = ServiceErrorSchema.safeParse(json);
    if (response.status === 429) {
      const header = Number(response.headers.get('Retry-After'));
      const seconds = Number.isFinite(header) && header > 0 ? header : (error.data?.retryAfterSeconds ?? 30);
      return { outcome: 'rate-limited', retryAfterSeconds: seconds };
    }
    // Only a refusal of the reader's own fields is final; a bad key or spam proof is ours to retry.
    const fields = error.success ? Object.keys(error.data.fieldErrors ?? {}) : [];
    if (response.status === 400 && error.success && fields.length > 0 && !fields.includes('idempotencyKey')) {
      return { outcome: 'invalid', fieldErrors: error.data.fieldErrors ?? {} };
    }
    return { outcome: 'failed', reason: 'server' };
  } catch {
    return { outcome: 'failed', reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
