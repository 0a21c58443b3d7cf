/**
 * The rules of the feedback outbox, without storage or network, so they can be tested alone:
 * in which order submissions go, and how long to wait after a failure.
 */

/** The first retry waits about this long; each failure doubles it, up to the cap. */
export const retryBaseMs = 2_000;
export const retryCapMs = 5 * 60_000;

/**
 * Milliseconds to wait after the `attempts`-th failed attempt: exponential backoff with ±20%
 * jitter, so many devices coming back online together do not all retry at the same instant.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(retryCapMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

interface Queued {
  state: string;
  createdAt: number;
  nextAttemptAt: number;
}

/** Submissions still to deliver, oldest first: the order the reader wrote them in. */
export function deliveryOrder<Entry extends Queued>(entries: readonly Entry[]): Entry[] {
  return entries.filter((entry) => entry.state === 'waiting').sort((a, b) => a.createdAt - b.createdAt);
}

/** When the next timed retry is due (ms since epoch), or undefined when nothing waits. */
export function nextRetryAt(entries: readonly Queued[]): number | undefined {
  const waiting = deliveryOrder(entries);
  return waiting.length === 0 ? undefined : Math.min(...waiting.map((entry) => entry.nextAttemptAt));
}

/** A random key a retry repeats; the server keeps one copy per key. */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts (https, localhost); getRandomValues everywhere.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte: number) => byte.toString(16).padStart(2, '0')).join('');
}
