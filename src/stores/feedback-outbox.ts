import { persistentAtom } from '@nanostores/persistent';
import type { FeedbackInput, GuideFeedbackInput } from '../api/feedback.ts';
import type { FeedbackEndpoint } from '../api/feedback-client.ts';

/** Why the last attempt did not deliver a submission. */
export type DeliveryProblem = 'offline' | 'network' | 'timeout' | 'server' | 'rate-limited';

/** One submission on this device: waiting to be sent, or sent with the server's reference. */
export interface OutboxEntry {
  /** The idempotency key, repeated on every retry. */
  key: string;
  endpoint: FeedbackEndpoint;
  body: FeedbackInput | GuideFeedbackInput;
  createdAt: number;
  state: 'waiting' | 'sent';
  attempts: number;
  nextAttemptAt: number;
  lastProblem?: DeliveryProblem;
  reference?: string;
  sentAt?: number;
}

import { outboxStorageKey } from './outbox-peek.ts';

export { outboxStorageKey };

/** How many sent submissions the device remembers for "My feedback on this device". */
export const sentHistoryLimit = 50;

function decode(saved: string): OutboxEntry[] {
  try {
    const entries = JSON.parse(saved) as unknown;
    return Array.isArray(entries) ? (entries as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

/** Every submission of this device, in the order written; kept in localStorage, synced across tabs. */
export const $feedbackOutbox = persistentAtom<OutboxEntry[]>(outboxStorageKey, [], {
  encode: JSON.stringify,
  decode,
});

function update(key: string, change: (entry: OutboxEntry) => OutboxEntry): void {
  $feedbackOutbox.set($feedbackOutbox.get().map((entry) => (entry.key === key ? change(entry) : entry)));
}

/** Adds a submission, waiting, before the first attempt: if the tab closes now, nothing is lost. */
export function enqueueSubmission(
  endpoint: FeedbackEndpoint,
  key: string,
  body: OutboxEntry['body'],
  now: number = Date.now(),
): OutboxEntry {
  const entry: OutboxEntry = { key, endpoint, body, createdAt: now, state: 'waiting', attempts: 0, nextAttemptAt: now };
  $feedbackOutbox.set([...$feedbackOutbox.get().filter((other) => other.key !== key), entry]);
  return entry;
}

/** The server confirmed: keep the reference, forget older sent entries past the history limit. */
export function markSent(key: string, reference: string, now: number = Date.now()): void {
  update(key, (entry) => ({ ...entry, state: 'sent', reference, sentAt: now, lastProblem: undefined }));
  const entries = $feedbackOutbox.get();
  const sent = entries.filter((entry) => entry.state === 'sent');
  if (sent.length > sentHistoryLimit) {
    const dropped = new Set(sent.slice(0, sent.length - sentHistoryLimit).map((entry) => entry.key));
    $feedbackOutbox.set(entries.filter((entry) => !dropped.has(entry.key)));
  }
}

/** The attempt failed: count it and say when to try again. */
export function markRetry(key: string, problem: DeliveryProblem, retryAt: number, counts = true): void {
  update(key, (entry) => ({
    ...entry,
    attempts: entry.attempts + (counts ? 1 : 0),
    nextAttemptAt: retryAt,
    lastProblem: problem,
  }));
}

/** Removes a submission the server refused as invalid: the form shows why and keeps the text. */
export function removeSubmission(key: string): void {
  $feedbackOutbox.set($feedbackOutbox.get().filter((entry) => entry.key !== key));
}
