import { afterEach, describe, expect, test } from 'vitest';
import {
  client,
  countRows,
  engine,
  freshStorage,
  key,
  startTestService,
  type TestService,
  type TestStorage,
  validFeedback,
  validGuideAnswer,
} from './harness.ts';

const services: TestService[] = [];
const storages: TestStorage[] = [];
async function start(...args: Parameters<typeof startTestService>) {
  const service = await startTestService(...args);
  services.push(service);
  return service;
}
/** One database for two instances, dropped after both have stopped. */
async function sharedStorage() {
  const storage = await freshStorage();
  storages.push(storage);
  return storage;
}
afterEach(async () => {
  for (const service of services.splice(0)) await service.dispose();
  for (const storage of storages.splice(0)) await storage.drop();
});

const from = (address: string) => ({ 'x-forwarded-for': address });

describe(`rate limit on ${engine}`, () => {
  test('past the limit: 429 with Retry-After, nothing stored; a retry of an accepted one still gets its receipt', async () => {
    const service = await start({ rateLimit: { max: 3, windowSeconds: 600 } });
    const api = client(service.app, service.config);
    for (const n of [1, 2, 3]) expect((await api.post('feedback', validFeedback, key(n))).status).toBe(201);
    const refused = await api.post('feedback', validFeedback, key(4));
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get('Retry-After'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(600);
    expect(await refused.json()).toEqual({ code: 'rate-limited', retryAfterSeconds: seconds });
    expect(await countRows(service, 'feedback')).toBe(3);
    const retry = await api.post('feedback', validFeedback, key(1));
    expect(retry.status).toBe(200);
    expect((await retry.json()).duplicate).toBe(true);
  });

  test('a refused submission leaves nothing behind but its count: no row, no event, its proof unspent', async () => {
    const service = await start({ rateLimit: { max: 2, windowSeconds: 600 } });
    const api = client(service.app, service.config);
    for (const n of [1, 2]) expect((await api.post('guide-feedback', validGuideAnswer, key(n))).status).toBe(201);
    const events = async () =>
      Number(
        (
          await service.database.db
            .selectFrom('insight_event')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      );
    const eventsBefore = await events();
    const proof = await api.proof();
    const refused = await api.post('guide-feedback', validGuideAnswer, key(3), { altcha: proof });
    expect(refused.status).toBe(429);
    expect(await countRows(service, 'guide_feedback')).toBe(2);
    expect(await events()).toBe(eventsBefore);
    const spent = await service.database.db
      .selectFrom('spam_challenge')
      .select('idempotency_key')
      .where('idempotency_key', '=', key(3))
      .execute();
    expect(spent).toEqual([]);
    // Each refusal counts: the window stays closed however often the client knocks.
    for (const n of [4, 5, 6]) await api.post('guide-feedback', validGuideAnswer, key(n));
    const window = await service.database.db.selectFrom('rate_limit').select('hits').execute();
    expect(window.map((row) => Number(row.hits))).toEqual([6]);
  });

  test('holds across two instances on one database', async () => {
    const storage = await sharedStorage();
    const limit = { rateLimit: { max: 3, windowSeconds: 600 } };
    const first = await start(limit, {}, storage);
    const second = await start(limit, {}, storage);
    const a = client(first.app, first.config);
    const b = client(second.app, second.config);
    expect((await a.post('feedback', validFeedback, key(1))).status).toBe(201);
    expect((await b.post('feedback', validFeedback, key(2))).status).toBe(201);
    expect((await a.post('feedback', validFeedback, key(3))).status).toBe(201);
    expect((await b.post('feedback', validFeedback, key(4))).status).toBe(429);
    expect((await a.post('feedback', validFeedback, key(5))).status).toBe(429);
  });

  test('behind a trusted proxy each client has its own window; otherwise X-Forwarded-For is ignored', async () => {
    const proxied = await start({ rateLimit: { max: 1, windowSeconds: 600 }, trustedProxies: 1 });
    const api = client(proxied.app, proxied.config);
    expect((await api.post('feedback', validFeedback, key(1), from('198.51.100.1'))).status).toBe(201);
    expect((await api.post('feedback', validFeedback, key(2), from('198.51.100.2'))).status).toBe(201);
    expect((await api.post('feedback', validFeedback, key(3), from('198.51.100.1'))).status).toBe(429);
    // A client cannot pick its own address: the proxy appends the one it saw, and that one counts.
    expect((await api.post('feedback', validFeedback, key(4), from('203.0.113.9, 198.51.100.1'))).status).toBe(429);

    const direct = await start({ rateLimit: { max: 1, windowSeconds: 600 }, trustedProxies: 0 });
    const other = client(direct.app, direct.config);
    expect((await other.post('feedback', validFeedback, key(1), from('198.51.100.1'))).status).toBe(201);
    expect((await other.post('feedback', validFeedback, key(2), from('198.51.100.2'))).status).toBe(429);
  });
});

describe(`spam check on ${engine}`, () => {
  test('one solved challenge sends one submission: another key cannot reuse it, on any instance', async () => {
    const storage = await sharedStorage();
    const first = await start({}, {}, storage);
    const second = await start({}, {}, storage);
    const a = client(first.app, first.config);
    const proof = await a.proof();
    expect((await a.post('feedback', validFeedback, key(1), { altcha: proof })).status).toBe(201);
    const reused = await client(second.app, second.config).post('feedback', validFeedback, key(2), { altcha: proof });
    expect(reused.status).toBe(403);
    expect(await reused.json()).toEqual({ code: 'spam-check-failed' });
    expect(await countRows(first, 'feedback')).toBe(1);
  });

  test('a challenge solved for one form cannot be spent again on another, even with the same key', async () => {
    const service = await start();
    const api = client(service.app, service.config);
    const proof = await api.proof();
    expect((await api.post('feedback', validFeedback, key(1), { altcha: proof })).status).toBe(201);
    const replayed = await api.post('guide-feedback', validGuideAnswer, key(1), { altcha: proof });
    expect(replayed.status).toBe(403);
    expect(await replayed.json()).toEqual({ code: 'spam-check-failed' });
    expect(await countRows(service, 'guide_feedback')).toBe(0);
    // The reader's own retry on the form it was solved for still gets its receipt.
    expect((await api.post('feedback', validFeedback, key(1), { altcha: proof })).status).toBe(200);
  });

  test('a challenge made by another service (other secrets) is refused', async () => {
    const one = await start();
    const other = await start();
    const proof = await client(other.app, other.config).proof();
    expect((await client(one.app, one.config).post('feedback', validFeedback, key(1), { altcha: proof })).status).toBe(
      403,
    );
  });

  test('a challenge expires after ten minutes', async () => {
    let now = Date.now();
    const service = await start({}, { now: () => new Date(now) });
    const api = client(service.app, service.config);
    const proof = await api.proof();
    now += 11 * 60_000;
    const late = await api.post('feedback', validFeedback, key(1), { altcha: proof });
    expect(late.status).toBe(403);
    expect(await countRows(service, 'feedback')).toBe(0);
  });

  test('the challenge asks for the configured work, no more', async () => {
    const service = await start({ spamCheckWork: 400 });
    const challenge = await (await client(service.app, service.config).get('feedback/challenge')).json();
    expect(challenge.parameters).toMatchObject({ algorithm: 'SHA-256', cost: 1 });
    const { solveChallenge } = await import('altcha-lib');
    const { deriveKey } = await import('altcha-lib/algorithms/sha');
    const solution = await solveChallenge({ challenge, deriveKey });
    expect(solution?.counter).toBeGreaterThanOrEqual(200);
    expect(solution?.counter).toBeLessThanOrEqual(400);
  });
});

describe(`origins on ${engine}`, () => {
  const hosted = (origin?: string) => ({ host: 'help.example.com', ...(origin ? { origin } : {}) });

  test('a page of another origin cannot post; the site itself and non-browser clients can', async () => {
    const service = await start();
    const api = client(service.app, service.config);
    const refused = await api.post('feedback', validFeedback, key(1), hosted('https://evil.example'));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ code: 'origin-not-allowed' });
    expect((await api.post('feedback', validFeedback, key(2), hosted('https://help.example.com'))).status).toBe(201);
    expect((await api.post('feedback', validFeedback, key(3), hosted())).status).toBe(201);
    expect(await countRows(service, 'feedback')).toBe(2);
  });

  test('ALLOWED_ORIGINS: their preflight and posts pass with CORS headers, others do not', async () => {
    const service = await start({ allowedOrigins: ['https://help.example.com'] });
    const api = client(service.app, service.config);
    const preflight = await service.app.request(`/api/feedback`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://help.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key,altcha',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://help.example.com');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('altcha');
    const allowed = await api.post('feedback', validFeedback, key(1), {
      host: 'api.example.com',
      origin: 'https://help.example.com',
    });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://help.example.com');
    const other = await api.post('feedback', validFeedback, key(2), {
      host: 'api.example.com',
      origin: 'https://evil.example',
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
