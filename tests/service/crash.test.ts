import { afterAll, describe, expect, test } from 'vitest';
import { engine, freshStorage, key, spamProof, validFeedback } from './harness.ts';
import { startServiceProcess } from './processes.ts';

const total = 300;
const killAfterAcks = 120;

type Attempt = { n: number; reference?: string };

/** One reader's submission, as the outbox sends it: a fresh proof, the same key every time. */
async function send(base: string, n: number): Promise<string | undefined> {
  try {
    const proof = await spamProof((route) => fetch(base + route));
    const response = await fetch(`${base}feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key(n), altcha: proof },
      body: JSON.stringify({ ...validFeedback, subject: `Crash test ${n}` }),
    });
    if (!response.ok) return undefined;
    return ((await response.json()) as { reference: string }).reference;
  } catch {
    return undefined; // the process died with the request in flight: no acknowledgement
  }
}

const storage = await freshStorage();
afterAll(() => storage.drop());
const env = { ...storage.env, SPAM_CHECK_WORK: '20', RATE_LIMIT_MAX: '100000' };

describe(`kill -9 under load on ${engine}`, () => {
  test('every acknowledged submission survives, none is stored twice, and retries store the rest once', async () => {
    const first = await startServiceProcess(env);
    const attempts: Attempt[] = [];
    let next = 0;
    let acked = 0;
    let killed = false;
    const worker = async () => {
      while (next < total) {
        const n = next++;
        const reference = killed ? undefined : await send(first.base, n);
        attempts.push({ n, reference });
        if (reference) acked++;
        if (!killed && acked >= killAfterAcks) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await first.stop();
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startServiceProcess(env);
    const acknowledged = attempts.filter((attempt) => attempt.reference);
    const rows = await fetchRows();
    const byKey = new Map(rows.map((row) => [row.idempotency_key, row.reference]));
    // Every 2xx the first process sent is in the database, with the reference the reader got.
    for (const attempt of acknowledged) expect(byKey.get(key(attempt.n))).toBe(attempt.reference);
    expect(new Set(rows.map((row) => row.idempotency_key)).size).toBe(rows.length);

    // The outbox retries what got no answer, with the same keys: each is stored once.
    const unanswered = attempts.filter((attempt) => !attempt.reference);
    for (const attempt of unanswered) expect(await send(second.base, attempt.n)).toBeDefined();
    const after = await fetchRows();
    expect(after).toHaveLength(total);
    expect(new Set(after.map((row) => row.idempotency_key)).size).toBe(total);
    await second.stop();
    console.log(
      `kill -9 on ${engine}: ${acknowledged.length} acknowledged before the kill, all kept; ` +
        `${rows.length - acknowledged.length} committed without an answer; ${unanswered.length} retried; ${total} stored once each`,
    );
  }, 120_000);
});

/** What the database holds, read as the export command reads it (a separate process's view). */
async function fetchRows() {
  const { openDatabase } = await import('../../src/server/db/database.ts');
  const database = await openDatabase(storage.settings);
  try {
    return await database.db.selectFrom('feedback').select(['idempotency_key', 'reference']).execute();
  } finally {
    await database.close();
  }
}
