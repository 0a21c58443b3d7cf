import type { ServerType } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { deliverSubmission } from '../../src/api/feedback-client.ts';
import type { Fault } from '../../src/server/feedback/routes.ts';
import { listen } from '../../src/server/service.ts';
import { deliverOutbox, submitFeedback, useDeliveryDeps } from '../../src/stores/feedback-delivery.ts';
import { $feedbackOutbox, enqueueSubmission } from '../../src/stores/feedback-outbox.ts';
import { countRows, engine, key, startTestService, type TestService, validFeedback } from './harness.ts';

// The browser's own client and outbox, against the real service listening on a port.
let service: TestService;
let server: ServerType;
let base: string;
const planned: Fault[] = [];

beforeEach(async () => {
  planned.length = 0;
  service = await startTestService({ port: 0 }, { faults: { next: () => planned.shift() } });
  const listening = await listen(service.app, service.config);
  server = listening.server;
  base = `http://127.0.0.1:${listening.port}/api/`;
});
afterEach(async () => {
  useDeliveryDeps();
  await new Promise((resolve) => server.close(resolve));
  await service.dispose();
});

const send = (n: number, body: unknown = validFeedback) => deliverSubmission('feedback', body, key(n), { base });
const rows = () => service.database.db.selectFrom('feedback').selectAll().execute();

describe(`the form's client against the service on ${engine}`, () => {
  test('solves the spam check and gets a receipt; a retry gets the same one', async () => {
    const first = await send(1);
    expect(first).toMatchObject({ outcome: 'sent', receipt: { duplicate: false } });
    const retry = await send(1);
    expect(retry).toMatchObject({ outcome: 'sent', receipt: { duplicate: true } });
    expect(first.outcome === 'sent' && retry.outcome === 'sent' && retry.receipt.reference).toBe(
      first.outcome === 'sent' && first.receipt.reference,
    );
    expect(await countRows(service, 'feedback')).toBe(1);
  });

  test('a refusal of the fields comes back as the form shows it, and nothing is stored', async () => {
    const result = await send(1, {
      ...validFeedback,
      subject: ' ',
      message: 'short',
      email: 'nope',
      replyConsent: true,
    });
    expect(result).toEqual({
      outcome: 'invalid',
      fieldErrors: { subject: 'required', message: 'too-short', email: 'invalid-email' },
    });
    expect(await countRows(service, 'feedback')).toBe(0);
  });

  test('a 500 or 503 is a failure worth retrying, then the same key stores it once', async () => {
    planned.push('server-error', 'unavailable');
    expect(await send(1)).toEqual({ outcome: 'failed', reason: 'server' });
    expect(await send(1)).toEqual({ outcome: 'failed', reason: 'server' });
    expect(await countRows(service, 'feedback')).toBe(0);
    expect(await send(1)).toMatchObject({ outcome: 'sent', receipt: { duplicate: false } });
    expect(await countRows(service, 'feedback')).toBe(1);
  });

  test('no service at the address is a network failure', async () => {
    expect(await deliverSubmission('feedback', validFeedback, key(1), { base: 'http://127.0.0.1:9/api/' })).toEqual({
      outcome: 'failed',
      reason: 'network',
    });
  });

  test('stores HTML as the text it is', async () => {
    const message = '<script>alert("stored")</script> and <b>bold</b> in a message';
    await send(1, { ...validFeedback, message });
    expect((await rows())[0]?.message).toBe(message);
  });
});

describe(`the outbox against the service on ${engine}`, () => {
  const body = (subject: string) => ({ ...validFeedback, subject });
  let loseAnswers = 0;

  beforeEach(() => {
    $feedbackOutbox.set([]);
    loseAnswers = 0;
    useDeliveryDeps({
      random: () => 0.5,
      // The request reaches the service, but its answer is lost on the way back.
      send: async (endpoint, submission, idempotencyKey) => {
        const result = await deliverSubmission(endpoint, submission, idempotencyKey, { base });
        if (loseAnswers > 0) {
          loseAnswers--;
          return { outcome: 'failed', reason: 'network' };
        }
        return result;
      },
    });
  });

  test('a retry after a lost answer is stored once, and the outbox keeps the stored reference', async () => {
    loseAnswers = 2;
    expect(await submitFeedback('feedback', body('once'))).toMatchObject({ outcome: 'queued', problem: 'network' });
    expect(await countRows(service, 'feedback')).toBe(1);
    await deliverOutbox();
    await deliverOutbox();
    const [entry] = $feedbackOutbox.get();
    expect(entry).toMatchObject({ state: 'sent', attempts: 2 });
    const stored = await rows();
    expect(stored).toHaveLength(1);
    expect(entry?.reference).toBe(stored[0]?.reference);
  });

  test('two deliveries started at once send each submission once, in the order written', async () => {
    enqueueSubmission('feedback', key(1), body('one'), 1);
    enqueueSubmission('feedback', key(2), body('two'), 2);
    await Promise.all([deliverOutbox(), deliverOutbox(), deliverOutbox()]);
    expect((await rows()).map((row) => row.subject)).toEqual(['one', 'two']);
  });
});
