import { afterEach, describe, expect, test, vi } from 'vitest';
import { client, countRows, engine, key, startTestService, type TestService, validGuideAnswer } from './harness.ts';

// References are random: the test decides which ones are drawn, so that one is already taken.
const drawn: string[] = [];
vi.mock('../../src/server/feedback/submission.ts', async (original) => {
  const actual = await original<typeof import('../../src/server/feedback/submission.ts')>();
  return { ...actual, newReference: (prefix: 'FB' | 'GF') => drawn.shift() ?? actual.newReference(prefix) };
});

let service: TestService | undefined;
afterEach(async () => {
  await service?.dispose();
  service = undefined;
});

describe(`a new reference already taken, on ${engine}`, () => {
  test('the answer is stored under another one, counted once, its proof spent once', async () => {
    service = await startTestService();
    const api = client(service.app, service.config);
    drawn.push('GF-TAKEN2');
    expect((await api.post('guide-feedback', validGuideAnswer, key(1))).status).toBe(201);
    drawn.push('GF-TAKEN2', 'GF-FRESH3');
    const second = await api.post('guide-feedback', { ...validGuideAnswer, helpful: true }, key(2));
    expect(second.status).toBe(201);
    expect((await second.json()).reference).toBe('GF-FRESH3');
    expect(drawn).toEqual([]);

    const { db } = service.database;
    const rows = await db.selectFrom('guide_feedback').select(['reference', 'helpful']).orderBy('id').execute();
    expect(rows).toEqual([
      { reference: 'GF-TAKEN2', helpful: 0 },
      { reference: 'GF-FRESH3', helpful: 1 },
    ]);
    const events = await db.selectFrom('insight_event').select('key').where('kind', '=', 'answer').execute();
    expect(events.map((event) => event.key).sort()).toEqual(['unclear', 'yes']);
    const hits = await db.selectFrom('rate_limit').select('hits').execute();
    expect(hits.map((row) => Number(row.hits))).toEqual([2]);
    const proofs = await db.selectFrom('spam_challenge').select('idempotency_key').orderBy('idempotency_key').execute();
    expect(proofs.map((proof) => proof.idempotency_key)).toEqual([key(1), key(2)]);
    // The reader's retry gets the reference it was given, and stores nothing more.
    const retry = await api.post('guide-feedback', { ...validGuideAnswer, helpful: true }, key(2));
    expect(await retry.json()).toMatchObject({ reference: 'GF-FRESH3', duplicate: true });
    expect(await countRows(service, 'guide_feedback')).toBe(2);
  });
});
