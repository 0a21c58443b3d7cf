import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { memoryStorage } from '../../../mocks/db/index.ts';
import type { DeliveryResult, FeedbackEndpoint } from '../../../src/api/feedback-client.ts';
import { deliverOutbox, submitFeedback, useDeliveryDeps } from '../../../src/stores/feedback-delivery.ts';
import { $feedbackOutbox, enqueueSubmission, markSent, sentHistoryLimit } from '../../../src/stores/feedback-outbox.ts';
import { hasWaitingSubmissions, outboxStorageKey } from '../../../src/stores/outbox-peek.ts';
import { deliveryOrder, retryBaseMs, retryCapMs, retryDelayMs } from '../../../src/stores/outbox-policy.ts';

const body = (subject: string) => ({
  service: 'kdrive',
  kind: 'suggestion' as const,
  subject,
  message: 'A message long enough to be accepted by the service.',
});

describe('backoff', () => {
  test('doubles after each failure, from the base to the cap', () => {
    const middle = () => 0.5; // no jitter
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, middle))).toEqual([
      retryBaseMs,
      retryBaseMs * 2,
      retryBaseMs * 4,
      retryBaseMs * 8,
      retryBaseMs * 16,
    ]);
    expect(retryDelayMs(40, middle)).toBe(retryCapMs);
  });

  test('jitter stays within ±20%', () => {
    expect(retryDelayMs(3, () => 0)).toBe(retryBaseMs * 4 * 0.8);
    expect(retryDelayMs(3, () => 1)).toBe(retryBaseMs * 4 * 1.2);
  });
});

describe('outbox', () => {
  let clock = 1_000_000;
  let sent: string[];
  let answers: DeliveryResult[];
  let online: boolean;

  beforeEach(() => {
    clock = 1_000_000;
    sent = [];
    answers = [];
    online = true;
    $feedbackOutbox.set([]);
    useDeliveryDeps({
      now: () => clock,
      random: () => 0.5,
      isOnline: () => online,
      send: async (_endpoint: FeedbackEndpoint, submission: unknown) => {
        sent.push((submission as { subject: string }).subject);
        return (
          answers.shift() ?? {
            outcome: 'sent',
            receipt: { reference: `FB-${'ABCDEF'}`, receivedAt: '', duplicate: false },
          }
        );
      },
    });
  });
  afterEach(() => useDeliveryDeps());

  test('delivers the oldest first, whatever order they are stored in', async () => {
    enqueueSubmission('feedback', 'key-b', body('second'), 2);
    enqueueSubmission('feedback', 'key-a', body('first'), 1);
    enqueueSubmission('feedback', 'key-c', body('third'), 3);
    expect(deliveryOrder($feedbackOutbox.get()).map((entry) => entry.key)).toEqual(['key-a', 'key-b', 'key-c']);
    await deliverOutbox();
    expect(sent).toEqual(['first', 'second', 'third']);
    expect($feedbackOutbox.get().every((entry) => entry.state === 'sent')).toBe(true);
  });

  test('stops at the first failure so later ones never overtake it, and backs off', async () => {
    enqueueSubmission('feedback', 'key-a', body('first'), 1);
    enqueueSubmission('feedback', 'key-b', body('second'), 2);
    answers = [{ outcome: 'failed', reason: 'server' }];
    await deliverOutbox();
    expect(sent).toEqual(['first']);
    const [first, second] = $feedbackOutbox.get();
    expect(first).toMatchObject({
      state: 'waiting',
      attempts: 1,
      lastProblem: 'server',
      nextAttemptAt: clock + retryBaseMs,
    });
    expect(second).toMatchObject({ state: 'waiting', attempts: 0 });

    answers = [{ outcome: 'failed', reason: 'timeout' }];
    await deliverOutbox();
    expect($feedbackOutbox.get()[0]).toMatchObject({ attempts: 2, nextAttemptAt: clock + retryBaseMs * 2 });

    await deliverOutbox();
    expect(sent).toEqual(['first', 'first', 'first', 'second']);
    expect($feedbackOutbox.get().map((entry) => entry.state)).toEqual(['sent', 'sent']);
  });

  test('retries by itself after the backoff delay', async () => {
    vi.useFakeTimers();
    try {
      enqueueSubmission('feedback', 'key-a', body('first'), clock);
      answers = [{ outcome: 'failed', reason: 'network' }];
      await deliverOutbox();
      expect(sent).toEqual(['first']);
      await vi.advanceTimersByTimeAsync(retryBaseMs - 1);
      expect(sent).toEqual(['first']);
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toEqual(['first', 'first']);
      expect($feedbackOutbox.get()[0]?.state).toBe('sent');
    } finally {
      vi.useRealTimers();
    }
  });

  test('waits as long as a 429 asks before asking again', async () => {
    enqueueSubmission('feedback', 'key-a', body('first'), clock);
    answers = [{ outcome: 'rate-limited', retryAfterSeconds: 30 }];
    const outcome = await submitFeedback('feedback', body('second'));
    expect(outcome).toEqual({ outcome: 'queued', problem: 'rate-limited', retryAfterSeconds: 30 });
    expect($feedbackOutbox.get()[0]).toMatchObject({ lastProblem: 'rate-limited', nextAttemptAt: clock + 30_000 });
    await deliverOutbox();
    expect(sent).toEqual(['first']);
    clock += 30_000;
    await deliverOutbox();
    expect(sent).toEqual(['first', 'first', 'second']);
  });

  test('tells the form what happened to its own submission', async () => {
    expect(await submitFeedback('feedback', body('ok'))).toEqual({ outcome: 'sent', reference: 'FB-ABCDEF' });
    answers = [{ outcome: 'rate-limited', retryAfterSeconds: 12 }];
    expect(await submitFeedback('feedback', body('limited'))).toEqual({
      outcome: 'queued',
      problem: 'rate-limited',
      retryAfterSeconds: 12,
    });
  });

  test('a submission the server refuses as invalid leaves the outbox and its errors go back to the form', async () => {
    answers = [{ outcome: 'invalid', fieldErrors: { message: 'too-short' } }];
    expect(await submitFeedback('feedback', body('refused'))).toEqual({
      outcome: 'invalid',
      fieldErrors: { message: 'too-short' },
    });
    expect($feedbackOutbox.get()).toEqual([]);
  });

  test('offline: nothing is attempted, everything waits for the browser to come back', async () => {
    online = false;
    expect(await submitFeedback('feedback', body('offline'))).toMatchObject({ outcome: 'queued', problem: 'offline' });
    expect(sent).toEqual([]);
    expect($feedbackOutbox.get()[0]).toMatchObject({ state: 'waiting', attempts: 0, lastProblem: 'offline' });
    online = true;
    await deliverOutbox();
    expect(sent).toEqual(['offline']);
  });

  test('is saved under its own key, and a visit can see what waits without loading the store', () => {
    const storage = memoryStorage();
    expect(hasWaitingSubmissions(storage)).toBe(false);
    storage.setItem(outboxStorageKey, JSON.stringify([{ state: 'sent' }, { state: 'waiting' }]));
    expect(hasWaitingSubmissions(storage)).toBe(true);
    storage.setItem(outboxStorageKey, '{not json');
    expect(hasWaitingSubmissions(storage)).toBe(false);
  });

  test(`keeps the last ${sentHistoryLimit} sent entries and every waiting one`, () => {
    enqueueSubmission('feedback', 'waiting', body('waiting'), 0);
    for (let n = 1; n <= sentHistoryLimit + 5; n++) {
      enqueueSubmission('feedback', `key-${n}`, body(`n${n}`), n);
      markSent(`key-${n}`, 'FB-ABCDEF');
    }
    const entries = $feedbackOutbox.get();
    expect(entries.filter((entry) => entry.state === 'sent')).toHaveLength(sentHistoryLimit);
    expect(entries.find((entry) => entry.key === 'waiting')?.state).toBe('waiting');
    expect(entries.some((entry) => entry.key === 'key-1')).toBe(false);
  });
});
