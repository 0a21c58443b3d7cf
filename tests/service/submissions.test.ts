import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FeedbackReceiptSchema } from '../../src/api/feedback.ts';
import {
  client,
  countRows,
  engine,
  key,
  startTestService,
  type TestService,
  validFeedback,
  validGuideAnswer,
} from './harness.ts';

let service: TestService;
let api: ReturnType<typeof client>;

beforeEach(async () => {
  service = await startTestService();
  api = client(service.app, service.config);
});
afterEach(() => service.dispose());

const feedbackRows = () => service.database.db.selectFrom('feedback').selectAll().execute();

describe(`submissions on ${engine}`, () => {
  test('stores feedback and answers 201 with a reference the reader can quote', async () => {
    const response = await api.post('feedback', validFeedback, key(1));
    expect(response.status).toBe(201);
    const receipt = FeedbackReceiptSchema.parse(await response.json());
    expect(receipt).toMatchObject({ duplicate: false, reference: expect.stringMatching(/^FB-[2-9A-HJ-NP-Z]{6}$/) });
    const rows = await feedbackRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reference: receipt.reference,
      received_at: receipt.receivedAt,
      service: 'kdrive',
      kind: 'problem',
      subject: validFeedback.subject,
      message: validFeedback.message,
      locale: 'en',
      status: 'new',
      email: null,
    });
  });

  test('stores text trimmed, exactly as the form checked it', async () => {
    await api.post(
      'feedback',
      { ...validFeedback, subject: '  Sync stops  ', message: `\n${validFeedback.message}\n` },
      key(1),
    );
    const [row] = await feedbackRows();
    expect(row?.subject).toBe('Sync stops');
    expect(row?.message).toBe(validFeedback.message);
  });

  test('keeps the email only when the reader agreed to be answered', async () => {
    const withConsent = await api.post(
      'feedback',
      { ...validFeedback, email: 'camille@example.ch', replyConsent: true },
      key(1),
    );
    expect(withConsent.status).toBe(201);
    const withoutConsent = await api.post('feedback', { ...validFeedback, email: 'camille@example.ch' }, key(2));
    expect(withoutConsent.status).toBe(400);
    expect(await withoutConsent.json()).toEqual({
      code: 'invalid-input',
      fieldErrors: { replyConsent: 'consent-required' },
    });
    expect((await feedbackRows()).map((row) => row.email)).toEqual(['camille@example.ch']);
  });

  test('a retry with the same key gets the first receipt back and stores nothing new', async () => {
    const first = await (await api.post('feedback', validFeedback, key(1))).json();
    const retry = await api.post('feedback', validFeedback, key(1));
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ ...first, duplicate: true });
    expect(await countRows(service, 'feedback')).toBe(1);
  });

  test('ten concurrent posts with one key store one row and all get its reference', async () => {
    const proof = await api.proof();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => api.post('feedback', validFeedback, key(1), { altcha: proof })),
    );
    const receipts = await Promise.all(responses.map((response) => response.json()));
    expect(responses.map((response) => response.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect(new Set(receipts.map((receipt) => receipt.reference)).size).toBe(1);
    expect(receipts.filter((receipt) => receipt.duplicate)).toHaveLength(9);
    expect(await countRows(service, 'feedback')).toBe(1);
  });

  test('the same key with another body is refused with 409 and changes nothing', async () => {
    await api.post('feedback', validFeedback, key(1));
    const other = await api.post('feedback', { ...validFeedback, subject: 'Something else entirely' }, key(1));
    expect(other.status).toBe(409);
    expect(await other.json()).toEqual({ code: 'idempotency-key-reused' });
    const rows = await feedbackRows();
    expect(rows.map((row) => row.subject)).toEqual([validFeedback.subject]);
  });

  test('different keys are different submissions, each with its own reference', async () => {
    const receipts = await Promise.all(
      [1, 2, 3].map(async (n) => (await api.post('feedback', validFeedback, key(n))).json()),
    );
    expect(new Set(receipts.map((receipt) => receipt.reference)).size).toBe(3);
    expect(await countRows(service, 'feedback')).toBe(3);
  });

  test('the honeypot filled: a success answer, and nothing stored', async () => {
    const response = await api.post('feedback', { ...validFeedback, website: 'https://spam.example' }, key(1));
    expect(response.status).toBe(201);
    expect(FeedbackReceiptSchema.safeParse(await response.json()).success).toBe(true);
    expect(await countRows(service, 'feedback')).toBe(0);
  });

  test('stores a guide answer with its reason and the walkthrough step', async () => {
    const response = await api.post(
      'guide-feedback',
      { ...validGuideAnswer, comment: 'Step 3 lost me', step: 3 },
      key(1),
    );
    expect(response.status).toBe(201);
    expect((await response.json()).reference).toMatch(/^GF-/);
    const rows = await service.database.db.selectFrom('guide_feedback').selectAll().execute();
    expect(rows).toMatchObject([
      { guide: 'recovery-email', locale: 'fr', helpful: 0, reason: 'unclear', comment: 'Step 3 lost me', step: 3 },
    ]);
  });

  test('a helpful answer keeps no reason', async () => {
    await api.post(
      'guide-feedback',
      { guide: 'organizations', locale: 'de', helpful: true, reason: 'outdated' },
      key(1),
    );
    const rows = await service.database.db.selectFrom('guide_feedback').selectAll().execute();
    expect(rows).toMatchObject([{ guide: 'organizations', helpful: 1, reason: null }]);
  });

  test('a key used for feedback and for a guide answer stores each in its own place', async () => {
    expect((await api.post('feedback', validFeedback, key(1))).status).toBe(201);
    expect((await api.post('guide-feedback', validGuideAnswer, key(1))).status).toBe(201);
    expect([await countRows(service, 'feedback'), await countRows(service, 'guide_feedback')]).toEqual([1, 1]);
  });

  test('health says the database answers', async () => {
    const response = await api.get('health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: engine });
  });

  test('an unknown API path is a 404 in the contract shape', async () => {
    const response = await api.get('feedback/everything');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'not-found' });
  });

  test('there is no public listing of what readers sent', async () => {
    await api.post('feedback', validFeedback, key(1));
    const listing = await api.get('feedback');
    expect(listing.status).toBe(404);
    expect(await listing.text()).not.toContain(validFeedback.subject);
  });
});
