import { type DeliveryResult, deliverSubmission, type FeedbackEndpoint } from '../api/feedback-client.ts';
import {
  $feedbackOutbox,
  enqueueSubmission,
  markRetry,
  markSent,
  type OutboxEntry,
  removeSubmission,
} from './feedback-outbox.ts';
import { deliveryOrder, newIdempotencyKey, nextRetryAt, retryDelayMs } from './outbox-policy.ts';

/** What delivery needs from the outside world; tests replace it. */
export interface DeliveryDeps {
  send: (endpoint: FeedbackEndpoint, body: unknown, key: string) => Promise<DeliveryResult>;
  isOnline: () => boolean;
  now: () => number;
  random: () => number;
}

const browserDeps: DeliveryDeps = {
  send: (endpoint, body, key) => deliverSubmission(endpoint, body, key),
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  now: () => Date.now(),
  random: Math.random,
};

let deps: DeliveryDeps = browserDeps;
let running: Promise<Map<string, DeliveryResult>> | undefined;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Replaces the outside world (tests); `undefined` restores the browser's. */
export function useDeliveryDeps(replacement?: Partial<DeliveryDeps>): void {
  deps = { ...browserDeps, ...replacement };
  clearTimeout(timer);
  timer = undefined;
}

function scheduleRetry(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!deps.isOnline()) return; // the `online` event will start the next run
  const at = nextRetryAt($feedbackOutbox.get());
  if (at === undefined) return;
  timer = setTimeout(() => void deliverOutbox(), Math.max(0, at - deps.now()));
}

function record(entry: OutboxEntry, result: DeliveryResult): 'next' | 'stop' {
  const now = deps.now();
  switch (result.outcome) {
    case 'sent':
      markSent(entry.key, result.receipt.reference, now);
      return 'next';
    case 'invalid':
      // Retrying the same text cannot succeed; the form shows the errors and still has the text.
      removeSubmission(entry.key);
      return 'next';
    case 'rate-limited':
      markRetry(entry.key, 'rate-limited', now + result.retryAfterSeconds * 1000);
      return 'stop';
    case 'failed':
      markRetry(entry.key, result.reason, now + retryDelayMs(entry.attempts + 1, deps.random));
      return 'stop';
  }
}

async function run(): Promise<Map<string, DeliveryResult>> {
  const results = new Map<string, DeliveryResult>();
  do {
    again = false;
    const waiting = deliveryOrder($feedbackOutbox.get());
    if (waiting.length === 0) break;
    if (!deps.isOnline()) {
      for (const entry of waiting) markRetry(entry.key, 'offline', entry.nextAttemptAt, false);
      break;
    }
    const first = waiting[0] as OutboxEntry;
    // A server that asked us to wait is not asked again before it said.
    if (first.lastProblem === 'rate-limited' && first.nextAttemptAt > deps.now()) break;
    for (const entry of waiting) {
      // Another tab may have delivered it meanwhile.
      const current = $feedbackOutbox.get().find((other) => other.key === entry.key);
      if (current?.state !== 'waiting') continue;
      const result = await deps.send(current.endpoint, current.body, current.key);
      results.set(current.key, result);
      if (record(current, result) === 'stop') break;
    }
  } while (again);
  return results;
}

/**
 * Tries to send every waiting submission, oldest first, stopping at the first failure (it and the
 * ones after it wait for the next try). One run at a time; a call during a run makes it go again.
 * Resolves with what each attempt gave.
 */
export function deliverOutbox(): Promise<Map<string, DeliveryResult>> {
  if (running) {
    again = true;
    return running;
  }
  running = run().finally(() => {
    running = undefined;
    scheduleRetry();
  });
  return running;
}

/** What the form tells the reader after submitting. */
export type SubmitOutcome =
  | { outcome: 'sent'; reference: string }
  | { outcome: 'invalid'; fieldErrors: Record<string, string> }
  | { outcome: 'queued'; problem: OutboxEntry['lastProblem']; retryAfterSeconds?: number };

/**
 * Puts a submission in the outbox (so it survives anything from here on) and tries to deliver it
 * at once. Tells the form whether it was sent, refused as invalid, or is waiting to be sent.
 */
export async function submitFeedback(endpoint: FeedbackEndpoint, body: OutboxEntry['body']): Promise<SubmitOutcome> {
  watchConnectivity();
  const key = newIdempotencyKey();
  enqueueSubmission(endpoint, key, body, deps.now());
  const results = await deliverOutbox();
  const result = results.get(key);
  const entries = $feedbackOutbox.get();
  const entry = entries.find((other) => other.key === key);
  if (entry?.state === 'sent' && entry.reference) return { outcome: 'sent', reference: entry.reference };
  if (result?.outcome === 'invalid') return { outcome: 'invalid', fieldErrors: result.fieldErrors };
  // Not attempted: an older submission is blocked, and this one waits behind it for the same reason.
  const blocking = entry?.lastProblem ? entry : deliveryOrder(entries)[0];
  const problem = blocking?.lastProblem ?? (deps.isOnline() ? 'network' : 'offline');
  return {
    outcome: 'queued',
    problem,
    retryAfterSeconds:
      problem === 'rate-limited' && blocking
        ? Math.max(1, Math.ceil((blocking.nextAttemptAt - deps.now()) / 1000))
        : undefined,
  };
}

let watching = false;

/** Retries when the browser comes back online. Safe to call many times. */
export function watchConnectivity(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('online', () => void deliverOutbox());
}

/** On a visit: when something waits from earlier, start delivering it (and keep trying). */
export function resumeDelivery(): void {
  watchConnectivity();
  if (deliveryOrder($feedbackOutbox.get()).length > 0) void deliverOutbox();
}
