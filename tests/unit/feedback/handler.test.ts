import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  createFeedbackInbox,
  type FeedbackInbox,
  feedbackInboxKey,
  rateLimit,
} from '../../../mocks/db/feedback-inbox.ts';
import { createDemoDb, memoryStorage } from '../../../mocks/db/index.ts';
import {
  createFeedbackHandlers,
  type FeedbackFault,
  feedbackFaultsFromSearch,
} from '../../../mocks/handlers/feedback.ts';
import { createMockServer } from '../../../mocks/node.ts';
import { ReceivedFeedbackListSchema } from '../../../src/api/feedback.ts';
import { deliverSubmission } from '../../../src/api/feedback-client.ts';
import { base } from '../mocks/setup.ts';

const server = createMockServer(base);
let inbox: FeedbackInbox;
let storage: ReturnType<typeof memoryStorage>;

function useFeedbackService(faults: FeedbackFault[] = []) {
  server.resetHandlers(...createFeedbackHandlers({ inbox, faults })({ base, db: undefined as never }));
}

const feedback = {
  service: 'mail',
  kind: 'problem',
  subject: 'Search is slow',
  message: 'Searching my inbox takes more than ten seconds.',
};
const send = (key: string, body: unknown = feedback) =>
  deliverSubmission('feedback', body, key, { base, timeoutMs: 500 });
const received = async () => ReceivedFeedbackListSchema.parse(await (await fetch(`${base}feedback`)).json()).received;
const key = (n: number) => `key-${String(n).padStart(16, '0')}`;

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  storage = memoryStorage();
  inbox = createFeedbackInbox(storage);
  useFeedbackService();
});
afterAll(() => server.close());

describe('mock feedback service', () => {
  test('stores a valid submission and answers 201 with a reference', async () => {
    const result = await send(key(1));
    expect(result).toMatchObject({ outcome: 'sent', receipt: { duplicate: false } });
    const list = await received();
    expect(list).toHaveLength(1);
    expect(list[0]?.feedback.subject).toBe('Search is slow');
    expect(list[0]?.reference).toBe(result.outcome === 'sent' ? result.receipt.reference : '');
  });

  test('dedupes by idempotency key: a retry gets the first receipt back and stores nothing new', async () => {
    const first = await send(key(1));
    const retry = await send(key(1));
    const other = await send(key(2));
    expect(retry).toMatchObject({ outcome: 'sent', receipt: { duplicate: true } });
    expect(retry.outcome === 'sent' && first.outcome === 'sent' && retry.receipt.reference).toBe(
      first.outcome === 'sent' && first.receipt.reference,
    );
    expect(other.outcome === 'sent' && other.receipt.reference).not.toBe(
      first.outcome === 'sent' && first.receipt.reference,
    );
    expect(await received()).toHaveLength(2);
  });

  test('refuses a submission without an idempotency key', async () => {
    const response = await fetch(`${base}feedback`, { method: 'POST', body: JSON.stringify(feedback) });
    expect(response.status).toBe(400);
    expect(await received()).toHaveLength(0);
  });

  test('validates with the same schema as the form: 400 with the field errors', async () => {
    const result = await send(key(1), {
      ...feedback,
      subject: ' ',
      message: 'short',
      email: 'nope',
      replyConsent: true,
    });
    expect(result).toEqual({
      outcome: 'invalid',
      fieldErrors: { subject: 'required', message: 'too-short', email: 'invalid-email' },
    });
    expect(await received()).toHaveLength(0);
  });

  test(`rate-limits after ${rateLimit.max} new submissions: 429 with Retry-After, retries of accepted ones still pass`, async () => {
    for (let n = 1; n <= rateLimit.max; n++) expect((await send(key(n))).outcome).toBe('sent');
    const response = await fetch(`${base}feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': key(99) },
      body: JSON.stringify(feedback),
    });
    expect(response.status).toBe(429);
    const seconds = Number(response.headers.get('Retry-After'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(rateLimit.windowMs / 1000);
    expect(await send(key(1))).toMatchObject({ outcome: 'sent', receipt: { duplicate: true } });
    expect(await received()).toHaveLength(rateLimit.max);
  });

  test('a filled honeypot looks accepted to the bot but is not stored', async () => {
    expect((await send(key(1), { ...feedback, website: 'http://spam.example' })).outcome).toBe('sent');
    expect(await received()).toHaveLength(0);
  });

  test('stores HTML as the text it is', async () => {
    const message = '<script>alert("stored")</script> and <b>bold</b>';
    await send(key(1), { ...feedback, message });
    expect((await received())[0]?.feedback.message).toBe(message);
  });

  test('planned faults fail the next submissions in order, then the service works; listing keeps working', async () => {
    useFeedbackService(['server-error', 'offline', 'rate-limited']);
    expect(await send(key(1))).toEqual({ outcome: 'failed', reason: 'server' });
    expect(await received()).toHaveLength(0);
    expect(await send(key(1))).toEqual({ outcome: 'failed', reason: 'network' });
    expect(await send(key(1))).toEqual({ outcome: 'rate-limited', retryAfterSeconds: 3 });
    expect(await send(key(1))).toMatchObject({ outcome: 'sent', receipt: { duplicate: false } });
    expect(await received()).toHaveLength(1);
  });

  test('a timeout counts as a failure worth retrying', async () => {
    useFeedbackService(['timeout']);
    expect(await send(key(1))).toEqual({ outcome: 'failed', reason: 'timeout' });
  });

  test('the inbox survives changes to the practice account and its reset (same storage, own key)', async () => {
    await send(key(1));
    const practice = createDemoDb(storage);
    practice.update((state) => {
      state.user.deleted = true;
    });
    practice.reset();
    expect(storage.getItem(feedbackInboxKey)).toContain(key(1));
    expect(createFeedbackInbox(storage).list('feedback')).toHaveLength(1);
  });

  test('guide feedback has its own endpoint and listing', async () => {
    const result = await deliverSubmission(
      'guideFeedback',
      { guide: 'organizations', locale: 'de', helpful: true },
      key(7),
      {
        base,
      },
    );
    expect(result).toMatchObject({ outcome: 'sent', receipt: { reference: expect.stringMatching(/^GF-/) } });
    const listing = await (await fetch(`${base}guide-feedback`)).json();
    expect(listing.received).toHaveLength(1);
    expect(await received()).toHaveLength(0);
  });

  test('faults come from ?feedback-failures=, unknown ones ignored', () => {
    expect(feedbackFaultsFromSearch('?feedback-failures=server-error,bogus,offline')).toEqual([
      'server-error',
      'offline',
    ]);
    expect(feedbackFaultsFromSearch('')).toEqual([]);
  });
});
