import { apiBase } from './base.ts';
import { ApiErrorSchema } from './errors.ts';
import { type FeedbackReceipt, FeedbackReceiptSchema, idempotencyHeader } from './feedback.ts';
import { routes } from './routes.ts';

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
 * Posts one submission with its idempotency key and says what happened; never throws. The same
 * key on every retry lets the server keep exactly one copy.
 */
export async function deliverSubmission(
  endpoint: FeedbackEndpoint,
  body: unknown,
  idempotencyKey: string,
  options: { base?: string; timeoutMs?: number } = {},
): Promise<DeliveryResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? deliveryTimeoutMs);
  try {
    const response = await fetch((options.base ?? apiBase) + routes[endpoint], {
      method: 'POST',
      headers: { 'content-type': 'application/json', [idempotencyHeader]: idempotencyKey },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    const json: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const receipt = FeedbackReceiptSchema.safeParse(json);
      return receipt.success ? { outcome: 'sent', receipt: receipt.data } : { outcome: 'failed', reason: 'server' };
    }
    const error = ApiErrorSchema.safeParse(json);
    if (response.status === 429) {
      const header = Number(response.headers.get('Retry-After'));
      const seconds = Number.isFinite(header) && header > 0 ? header : (error.data?.retryAfterSeconds ?? 30);
      return { outcome: 'rate-limited', retryAfterSeconds: seconds };
    }
    if (response.status === 400 && error.success && error.data.fieldErrors) {
      return { outcome: 'invalid', fieldErrors: error.data.fieldErrors };
    }
    return { outcome: 'failed', reason: 'server' };
  } catch {
    return { outcome: 'failed', reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
