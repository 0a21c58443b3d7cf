/**
 * `npm run bench:insights`: 30 days of 1,000,000 events a day (`--days N --per-day N` for a quicker
 * run), loaded into the embedded database and into PostgreSQL as the service would hold them at
 * steady state: each day's events inserted, folded into daily counts, raw events older than
 * INSIGHTS_RAW_DAYS (7) deleted. Then every dashboard query is timed (median of 5), and the
 * database's size on disk printed. Writes tests/perf/results/insights-<date>.md.
 */
import { statSync, readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { guideSlugs } from '../../src/content/guide-schema.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { type OpenDatabase, openDatabase, sqliteFileName } from '../../src/server/db/database.ts';
import { deleteOldInsights, foldEvents } from '../../src/server/db/insight-events.ts';
import {
  answersByGuide,
  queryCounts,
  topQueries,
  viewsByGuide,
  walkthroughCounts,
} from '../../src/server/db/insight-queries.ts';
import { insightsOverview } from '../../src/server/insights/overview.ts';
import { startPostgres } from './feedback/postgres.ts';

const { values } = parseArgs({
  options: { days: { type: 'string', default: '30' }, 'per-day': { type: 'string', default: '1000000' } },
});
const days = Math.max(1, Number(values.days));
const perDay = Math.max(1000, Number(values['per-day']));
const rawDays = 7;
const answersPerDay = Math.round(perDay / 100);

// A deterministic generator, so both engines get the same data.
let seed = 42;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(list: readonly T[], skew = 1): T => list[Math.floor(random() ** skew * list.length)] as T;

// Each walkthrough belongs to one guide, as on the site.
const walkthroughGuides: [walkthrough: string, guide: string][] = [
  ['recovery-email', 'recovery-email'],
  ['leave-organization', 'organizations'],
  ['switch-organization', 'organizations'],
  ['modify-ksuite', 'ksuite-subscription'],
  ['payment-profiles', 'payment-profiles'],
  ['retry-domain-transfer', 'retry-domain-transfer'],
  ['delete-account', 'delete-account'],
  ['newsletter-themes', 'newsletter-subscriptions'],
  ['activity-log', 'account-activity'],
  ['end-session', 'account-activity'],
  ['login-notifications', 'account-activity'],
  ['open-customization', 'customize-organization'],
  ['top-left-display', 'customize-organization'],
  ['apps-logo', 'customize-organization'],
];
const words = [
  'password',
  'email',
  'invoice',
  'domain',
  'transfer',
  'delete',
  'account',
  'organization',
  'billing',
  'card',
  'newsletter',
  'backup',
  'login',
  'session',
  'logo',
  'profile',
  'recovery',
  'ksuite',
  'storage',
  'users',
  'reset',
  'change',
  'cancel',
  'printer',
  'wifi',
  'vpn',
  'phone',
  'refund',
  'price',
  'contract',
];
// About 4,000 distinct queries per language, most of them rare: a help center's long tail.
const queries = localeCodes.map((locale) =>
  Array.from(
    { length: 4000 },
    (_, n) =>
      `${words[n % words.length]} ${words[Math.floor(n / words.length) % words.length]}${n > 900 ? ` ${n}` : ''} ${locale}`,
  ),
);

type Row = [string, string, string, string, string, number, string, number | null, number | null];

function dayEvents(day: string): Row[] {
  const rows: Row[] = [];
  for (let n = 0; n < perDay; n++) {
    const localeIndex = Math.floor(random() ** 1.5 * localeCodes.length);
    const locale = localeCodes[localeIndex] as string;
    const choice = random();
    if (choice < 0.3) rows.push([day, 'view', locale, pick(guideSlugs, 2), '', 0, '', null, null]);
    else if (choice < 0.7) {
      const query = pick(queries[localeIndex] as string[], 3);
      const results = random() < 0.15 ? 0 : 1 + Math.floor(random() * 8);
      rows.push([
        day,
        'search',
        locale,
        '',
        '',
        0,
        query,
        results,
        results > 0 && random() < 0.7 ? 1 + Math.floor(random() * 3) : null,
      ]);
    } else {
      const [walkthrough, guide] = pick(walkthroughGuides, 2);
      const action = pick([
        'wt-start',
        'wt-step',
        'wt-step',
        'wt-step',
        'wt-step',
        'wt-wrong',
        'wt-hint',
        'wt-finish',
        'wt-abandon',
      ] as const);
      const step = action === 'wt-start' || action === 'wt-finish' ? 0 : 1 + Math.floor(random() ** 1.5 * 6);
      rows.push([day, action, locale, guide, walkthrough, step, action === 'wt-start' ? 'try' : '', null, null]);
    }
  }
  // "Was this guide helpful?" answers count too (the service adds one event per stored answer).
  for (let n = 0; n < answersPerDay; n++) {
    const helpful = random() < 0.7;
    const reason = helpful ? 'yes' : pick(['missing-step', 'outdated', 'unclear', 'other']);
    rows.push([day, 'answer', pick(localeCodes), pick(guideSlugs, 2), '', 0, reason, null, null]);
  }
  return rows;
}

/** Inserts a day as fast as each engine allows: one prepared statement (SQLite), unnest (PostgreSQL). */
async function load(database: OpenDatabase, rows: Row[], file?: string) {
  if (database.engine === 'sqlite' && file) {
    const { openFile } = await import('../../src/server/db/node-sqlite.ts');
    const raw = openFile(file);
    const insert = raw.prepare(
      'insert into insight_event (day, kind, locale, guide, walkthrough, step, key, results, opened, folded) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)',
    );
    raw.exec('begin immediate');
    for (const row of rows) insert.run(...row);
    raw.exec('commit');
    raw.close();
    return;
  }
  for (let start = 0; start < rows.length; start += 50_000) {
    const chunk = rows.slice(start, start + 50_000);
    const column = (index: number) => chunk.map((row) => row[index]);
    await sql`insert into insight_event (day, kind, locale, guide, walkthrough, step, key, results, opened, folded)
      select *, 0 from unnest(${column(0)}::text[], ${column(1)}::text[], ${column(2)}::text[], ${column(3)}::text[],
        ${column(4)}::text[], ${column(5)}::int[], ${column(6)}::text[], ${column(7)}::int[], ${column(8)}::int[])`.execute(
      database.db,
    );
  }
}

async function loadAnswers(database: OpenDatabase, day: string) {
  const rows = Array.from({ length: answersPerDay }, (_, n) => {
    const helpful = random() < 0.7;
    return {
      reference: `GF-${day.replaceAll('-', '').slice(2)}${String(n).padStart(6, '0')}`.slice(0, 9) + n,
      idempotency_key: `bench-${day}-${n}`,
      body_hash: '',
      guide: pick(guideSlugs, 2),
      locale: pick(localeCodes),
      helpful: helpful ? 1 : 0,
      reason: helpful ? null : pick(['missing-step', 'outdated', 'unclear', 'other']),
      comment: null,
      step: null,
      received_at: `${day}T12:00:00.000Z`,
    };
  });
  for (let start = 0; start < rows.length; start += 500) {
    await database.db
      .insertInto('guide_feedback')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

function sizeOnDisk(database: OpenDatabase, dir: string): Promise<number> | number {
  if (database.engine === 'sqlite')
    return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  return sql<{ size: number }>`select pg_database_size(current_database()) as size`
    .execute(database.db)
    .then((result) => Number(result.rows[0]?.size ?? 0));
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < 5; n++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2] as number;
}

async function bench(engine: string, database: OpenDatabase, dir: string) {
  const today = new Date();
  const loadTimes: number[] = [];
  const foldTimes: number[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const day = new Date(today.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    seed = 42 + back;
    const rows = dayEvents(day);
    let started = performance.now();
    await load(database, rows, database.engine === 'sqlite' ? join(dir, sqliteFileName) : undefined);
    await loadAnswers(database, day);
    loadTimes.push(performance.now() - started);
    started = performance.now();
    while ((await foldEvents(database.db, day, 2_000_000)) > 0) {}
    foldTimes.push(performance.now() - started);
    await deleteOldInsights(
      database.db,
      new Date(new Date(`${day}T00:00:00Z`).getTime() - rawDays * 86_400_000).toISOString().slice(0, 10),
      '1970-01-01',
    );
    console.log(
      `[bench:insights] ${engine}: day ${days - back}/${days} (${day}) loaded in ${((loadTimes.at(-1) ?? 0) / 1000).toFixed(1)} s, folded in ${((foldTimes.at(-1) ?? 0) / 1000).toFixed(1)} s`,
    );
  }
  if (database.engine === 'postgres') await sql`vacuum analyze`.execute(database.db);
  else await sql`analyze`.execute(database.db);

  const listed = (await topQueries(database.db, 'search', 30)).slice(0, 20);
  const queriesToTime: [string, () => Promise<unknown>][] = [
    ['views per guide, 30 days', () => viewsByGuide(database.db, 30)],
    ['walkthrough funnels, 30 days', () => walkthroughCounts(database.db, 30)],
    ['helpfulness (guide answers), 30 days', () => answersByGuide(database.db, 30)],
    ['top queries, 30 days, all languages', () => topQueries(database.db, 'search', 30)],
    ['no-result queries, 30 days, all languages', () => topQueries(database.db, 'search-none', 30)],
    ['unopened queries, 30 days, all languages', () => topQueries(database.db, 'search-unopened', 30)],
    ['top queries, 30 days, French', () => topQueries(database.db, 'search', 30, 'fr')],
    ['counts of the listed queries, 30 days', () => queryCounts(database.db, listed, 30)],
    ['top queries, 7 days', () => topQueries(database.db, 'search', 7)],
    ['the whole page, 30 days (all of the above)', () => insightsOverview(database.db, { days: 30, now: today })],
    ['the whole page, 90 days', () => insightsOverview(database.db, { days: 90, now: today })],
  ];
  const timings: [string, number][] = [];
  for (const [name, run] of queriesToTime) timings.push([name, await median(run)]);
  const size = await sizeOnDisk(database, dir);
  const counted = await database.db
    .selectFrom('insight_daily')
    .select((eb) => eb.fn.countAll<number>().as('rows'))
    .executeTakeFirstOrThrow();
  const raw = await database.db
    .selectFrom('insight_event')
    .select((eb) => eb.fn.countAll<number>().as('rows'))
    .executeTakeFirstOrThrow();
  return { engine, timings, size, dailyRows: Number(counted.rows), rawRows: Number(raw.rows), loadTimes, foldTimes };
}

const results: Awaited<ReturnType<typeof bench>>[] = [];
const sqliteDir = mkdtempSync(join(tmpdir(), 'bench-insights-'));
const sqlite = await openDatabase({ dataDir: sqliteDir });
results.push(await bench('embedded (SQLite)', sqlite, sqliteDir));
await sqlite.close();
rmSync(sqliteDir, { recursive: true, force: true });

const postgres = await startPostgres();
const admin = new pg.Client({ connectionString: postgres.url });
await admin.connect();
await admin.query('create database bench_insights');
await admin.end();
const pgDatabase = await openDatabase({
  databaseUrl: postgres.url.replace(/\/postgres$/, '/bench_insights'),
  dataDir: '/nonexistent',
});
results.push(await bench('PostgreSQL 18', pgDatabase, ''));
await pgDatabase.close();
await postgres.stop();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const avg = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length / 1000;
const date = new Date().toISOString().slice(0, 10);
const [first] = results;
const lines = [
  `# Insights at ${days} days × ${perDay.toLocaleString('en')} events a day, ${date}`,
  '',
  `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}). Each day: ${perDay.toLocaleString('en')} events (30% guide views, 40% searches over about 4,000 queries per language, 30% walkthrough events) and ${answersPerDay.toLocaleString('en')} guide answers, folded into daily counts; raw events older than ${rawDays} days deleted, as the service does. Query times are the median of 5.`,
  '',
  `| dashboard query | ${results.map((result) => result.engine).join(' | ')} |`,
  `| --- | ${results.map(() => '---').join(' | ')} |`,
  ...(first?.timings ?? []).map(
    ([name], index) =>
      `| ${name} | ${results.map((result) => `${(result.timings[index]?.[1] ?? 0).toFixed(1)} ms`).join(' | ')} |`,
  ),
  '',
  `| | ${results.map((result) => result.engine).join(' | ')} |`,
  `| --- | ${results.map(() => '---').join(' | ')} |`,
  `| size on disk | ${results.map((result) => mb(result.size)).join(' | ')} |`,
  `| daily-count rows | ${results.map((result) => result.dailyRows.toLocaleString('en')).join(' | ')} |`,
  `| raw events kept (last ${rawDays} days) | ${results.map((result) => result.rawRows.toLocaleString('en')).join(' | ')} |`,
  `| loading a day (average) | ${results.map((result) => `${avg(result.loadTimes).toFixed(1)} s`).join(' | ')} |`,
  `| folding a day (average) | ${results.map((result) => `${avg(result.foldTimes).toFixed(1)} s`).join(' | ')} |`,
  '',
  `Goal: every dashboard query under 200 ms at this size. Slowest: ${results
    .map((result) => `${result.engine} ${Math.max(...result.timings.map(([, ms]) => ms)).toFixed(0)} ms`)
    .join(', ')}.`,
];
const report = `${lines.join('\n')}\n`;
console.log(`\n${report}`);
const file = join(import.meta.dirname, 'results', `insights-${date}.md`);
writeFileSync(file, report);
console.log(`[bench:insights] written to ${file}`);
