import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createLog } from '../../src/server/log.ts';
import { createClientHash } from '../../src/server/privacy/client-hash.ts';
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

const address = '203.0.113.77';
const secretMessage = 'My account number is 12-3456-78 and my cat is called Biscuit.';
const email = 'private.person@example.ch';
let service: TestService | undefined;
afterEach(() => service?.dispose());

/** Every text value in every table of the service. */
async function everything(target: TestService): Promise<string> {
  const tables = ['feedback', 'guide_feedback', 'rate_limit', 'spam_challenge', 'service_secret'] as const;
  const rows = await Promise.all(tables.map((table) => target.database.db.selectFrom(table).selectAll().execute()));
  return JSON.stringify(rows);
}

describe(`privacy on ${engine}`, () => {
  test('no client address is stored anywhere, in clear; only a keyed hash counts', async () => {
    service = await startTestService({ trustedProxies: 1 });
    const api = client(service.app, service.config);
    await api.post('feedback', validFeedback, key(1), { 'x-forwarded-for': address });
    await api.post('guide-feedback', validGuideAnswer, key(2), { 'x-forwarded-for': address });
    const stored = await everything(service);
    expect(stored).not.toContain(address);
    const bucket = (await service.database.db.selectFrom('rate_limit').selectAll().execute())[0]?.bucket;
    expect(bucket).toMatch(/^[\w-]{22}$/);
    if (engine === 'sqlite') {
      // Not in the database file either, nor its write-ahead log.
      const dir = service.config.storage.dataDir;
      for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).includes(address)).toBe(false);
    }
  });

  test('the client hash changes every day and cannot be recomputed without the secret', () => {
    const hash = createClientHash('secret-one');
    const monday = new Date('2026-12-07T09:00:00Z');
    const mondayEvening = new Date('2026-12-07T22:00:00Z');
    const tuesday = new Date('2026-12-08T09:00:00Z');
    expect(hash(address, monday)).toBe(hash(address, mondayEvening));
    expect(hash(address, monday)).not.toBe(hash(address, tuesday));
    expect(createClientHash('secret-two')(address, monday)).not.toBe(hash(address, monday));
  });

  test('the log has one JSON line per request and never a message, subject, email or address', async () => {
    const lines: string[] = [];
    service = await startTestService({ trustedProxies: 1 }, { log: createLog((line) => lines.push(line)) });
    const api = client(service.app, service.config);
    await api.post('feedback', { ...validFeedback, message: secretMessage, email, replyConsent: true }, key(1), {
      'x-forwarded-for': address,
    });
    await api.post('feedback', { ...validFeedback, message: secretMessage, subject: 'x' }, key(2));
    const posts = lines.map((line) => JSON.parse(line)).filter((entry) => entry.method === 'POST');
    expect(posts).toEqual([
      expect.objectContaining({ path: '/api/feedback', status: 201, outcome: 'stored', reference: expect.any(String) }),
      expect.objectContaining({ path: '/api/feedback', status: 400 }),
    ]);
    const all = lines.join('\n');
    for (const secret of [secretMessage, validFeedback.subject, email, address]) expect(all).not.toContain(secret);
  });

  test('feedback older than FEEDBACK_RETENTION_DAYS is deleted; newer feedback stays', async () => {
    let now = Date.now();
    service = await startTestService({ retentionDays: 30 }, { now: () => new Date(now) });
    const api = client(service.app, service.config);
    await api.post('feedback', validFeedback, key(1));
    await api.post('guide-feedback', validGuideAnswer, key(2));
    now += 20 * 86_400_000;
    await api.post('feedback', { ...validFeedback, subject: 'Twenty days later' }, key(3));
    await service.sweep();
    expect(await countRows(service, 'feedback')).toBe(2);
    now += 11 * 86_400_000;
    await service.sweep();
    const left = await service.database.db.selectFrom('feedback').select('subject').execute();
    expect(left).toEqual([{ subject: 'Twenty days later' }]);
    expect(await countRows(service, 'guide_feedback')).toBe(0);
  });
});
