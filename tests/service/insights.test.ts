import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { foldAll, foldEvents } from '../../src/server/db/insight-events.ts';
import {
  addStaff,
  apiPath,
  client,
  engine,
  freshStorage,
  key,
  staffBrowser,
  staffPassword,
  startTestService,
  type TestService,
  type TestStorage,
  validGuideAnswer,
} from './harness.ts';

let service: TestService;
let now = Date.now();
const today = () => new Date(now).toISOString().slice(0, 10);
const storages: TestStorage[] = [];
const extra: TestService[] = [];

beforeEach(async () => {
  now = Date.now();
  service = await startTestService({}, { now: () => new Date(now) });
});
afterEach(async () => {
  for (const other of extra.splice(0)) await other.dispose();
  await service.dispose();
  for (const storage of storages.splice(0)) await storage.drop();
});

function sendEvents(events: unknown[], headers: Record<string, string> = {}, target = service) {
  return target.app.request(apiPath(target.config, 'events'), {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body: JSON.stringify({ events }),
  });
}

const rows = () => service.database.db.selectFrom('insight_event').selectAll().execute();
const walk = (action: string, step?: number, extraFields: Record<string, unknown> = {}) => ({
  type: 'walkthrough',
  locale: 'en',
  guide: 'recovery-email',
  walkthrough: 'recovery-email',
  action,
  ...(step !== undefined ? { step } : {}),
  ...extraFields,
});

async function writer() {
  await addStaff(service, 'writer@example.com', { guides: true });
  const browser = staffBrowser(service.app, service.config);
  await browser.signIn('writer@example.com', staffPassword);
  return browser;
}

describe(`collecting events on ${engine}`, () => {
  test('a batch is stored, queries trimmed and lower-cased; nothing in it could tell readers apart', async () => {
    const response = await sendEvents(
      [
        { type: 'guide-view', locale: 'fr', guide: 'organizations' },
        { type: 'search', locale: 'fr', query: '  Mot de PASSE   oublié ', results: 3, opened: 1 },
        walk('start', undefined, { mode: 'show' }),
      ],
      { 'x-forwarded-for': '203.0.113.5', 'user-agent': 'Agent/1.0' },
    );
    expect(response.status).toBe(204);
    const stored = await rows();
    expect(stored.map((row) => [row.kind, row.locale, row.guide, row.key])).toEqual([
      ['view', 'fr', 'organizations', ''],
      ['search', 'fr', '', 'mot de passe oublié'],
      ['wt-start', 'en', 'recovery-email', 'show'],
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/203\.0\.113\.5|Agent/);
  });

  test('a query is cut to 100 characters', async () => {
    await sendEvents([{ type: 'search', locale: 'en', query: 'x'.repeat(150), results: 0, opened: null }]);
    expect((await rows())[0]?.key).toHaveLength(100);
  });

  test('a query that may be an email or a phone or order number is not stored; the rest of the batch is', async () => {
    const response = await sendEvents([
      { type: 'search', locale: 'en', query: 'Camille@Example.com', results: 0, opened: null },
      { type: 'search', locale: 'en', query: 'order 12345678', results: 0, opened: null },
      { type: 'search', locale: 'en', query: 'recovery email', results: 2, opened: 1 },
    ]);
    expect(response.status).toBe(204);
    expect((await rows()).map((row) => row.key)).toEqual(['recovery email']);
  });

  test('an event naming a guide, walkthrough or step that does not exist is dropped; the rest of the batch is stored', async () => {
    const response = await sendEvents([
      { type: 'guide-view', locale: 'en', guide: 'secret-admin-page' },
      { ...walk('start'), guide: 'secret-admin-page' },
      { ...walk('start'), walkthrough: 'made-up-walkthrough' },
      // A walkthrough of another guide, and a step past the last of recovery-email's six.
      { ...walk('start'), walkthrough: 'leave-organization' },
      walk('step', 7),
      walk('step', 6),
      { type: 'guide-view', locale: 'de', guide: 'organizations' },
    ]);
    expect(response.status).toBe(204);
    expect((await rows()).map((row) => [row.kind, row.guide, row.walkthrough, row.step])).toEqual([
      ['wt-step', 'recovery-email', 'recovery-email', 6],
      ['view', 'organizations', '', 0],
    ]);
  });

  test('a batch of nothing but made-up guides stores nothing and still counts toward the rate limit', async () => {
    const limited = await startTestService({
      events: { ...service.config.events, rateLimit: { max: 1, windowSeconds: 600 } },
    });
    extra.push(limited);
    const junk = [{ type: 'guide-view', locale: 'en', guide: 'junk-1' }];
    expect((await sendEvents(junk, {}, limited)).status).toBe(204);
    expect((await sendEvents(junk, {}, limited)).status).toBe(429);
    expect(await limited.database.db.selectFrom('insight_event').selectAll().execute()).toEqual([]);
  });

  test.each([
    ['Global Privacy Control', { 'sec-gpc': '1' }],
    ['Do Not Track', { dnt: '1' }],
  ])('with %s, the answer is the same and nothing is stored', async (_name, headers) => {
    expect((await sendEvents([{ type: 'guide-view', locale: 'en', guide: 'organizations' }], headers)).status).toBe(
      204,
    );
    expect(await rows()).toEqual([]);
  });

  test.each([
    ['an unknown type', [{ type: 'click', locale: 'en' }]],
    ['a guide slug with a path', [{ type: 'guide-view', locale: 'en', guide: '../secret' }]],
    ['an unknown locale', [{ type: 'guide-view', locale: 'xx', guide: 'organizations' }]],
    ['a control character in a query', [{ type: 'search', locale: 'en', query: 'a\u0000b', results: 0, opened: null }]],
    ['an unknown walkthrough action', [walk('explode')]],
    ['a walkthrough id with a path', [{ ...walk('start'), walkthrough: '../../etc' }]],
    ['a step of 0', [walk('step', 0)]],
    ['51 events', Array.from({ length: 51 }, () => ({ type: 'guide-view', locale: 'en', guide: 'organizations' }))],
    ['no events', []],
    ['one good and one bad', [{ type: 'guide-view', locale: 'en', guide: 'organizations' }, { type: 'guide-view' }]],
  ])('%s: 400, and nothing of the batch stored', async (_name, events) => {
    expect((await sendEvents(events)).status).toBe(400);
    expect(await rows()).toEqual([]);
  });

  test('not JSON, another content type, or too big: refused', async () => {
    const post = (body: string, type: string) =>
      service.app.request('/api/events', { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('{not json', 'text/plain')).status).toBe(400);
    expect((await post(JSON.stringify({ events: [] }), 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post(' '.repeat(20_000), 'text/plain')).status).toBe(413);
    expect(await rows()).toEqual([]);
  });

  test('a client sending too many batches is refused with 429', async () => {
    const limited = await startTestService({
      events: { rateLimit: { max: 2, windowSeconds: 600 }, rawDays: 7, keepDays: 400 },
    });
    extra.push(limited);
    const event = [{ type: 'guide-view', locale: 'en', guide: 'organizations' }];
    expect((await sendEvents(event, {}, limited)).status).toBe(204);
    expect((await sendEvents(event, {}, limited)).status).toBe(204);
    const refused = await sendEvents(event, {}, limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe(`folding and reading the insights on ${engine}`, () => {
  test('events are counted exactly once, however many folds run at once', async () => {
    const events = Array.from({ length: 50 }, () => ({ type: 'guide-view', locale: 'en', guide: 'organizations' }));
    for (let batch = 0; batch < 4; batch++) await sendEvents(events);
    await Promise.all([
      foldEvents(service.database.db, today()),
      foldEvents(service.database.db, today()),
      foldEvents(service.database.db, today()),
    ]);
    await foldAll(service.database.db, today());
    const counts = await service.database.db.selectFrom('insight_daily').selectAll().execute();
    expect(counts.map((row) => [row.kind, Number(row.count)])).toEqual([['view', 200]]);
    expect(await foldAll(service.database.db, today())).toBe(0);
  });

  // Several instances share a database only on PostgreSQL (README); the embedded database has one.
  const severalInstances = engine === 'postgres' ? test : undefined;
  severalInstances?.('two instances folding the same database count each event once', async () => {
    const storage = await freshStorage();
    storages.push(storage);
    const a = await startTestService({}, {}, storage);
    const b = await startTestService({}, {}, storage);
    extra.push(a, b);
    for (let batch = 0; batch < 10; batch++)
      await sendEvents([{ type: 'guide-view', locale: 'de', guide: 'organizations' }], {}, batch % 2 ? a : b);
    await Promise.all([
      foldAll(a.database.db, today()),
      foldAll(b.database.db, today()),
      foldAll(a.database.db, today()),
      foldAll(b.database.db, today()),
    ]);
    const counts = await a.database.db.selectFrom('insight_daily').select('count').execute();
    expect(counts.map((row) => Number(row.count))).toEqual([10]);
  });

  test('the overview: views, helpfulness, the walkthrough funnel per step, searches, and what to fix next', async () => {
    const reader = client(service.app, service.config);
    for (let n = 0; n < 6; n++) {
      await reader.post(
        'guide-feedback',
        { ...validGuideAnswer, locale: 'en', helpful: n === 0, reason: 'missing-step' },
        key(n),
      );
    }
    const events = [
      ...Array.from({ length: 10 }, () => ({ type: 'guide-view', locale: 'en', guide: 'recovery-email' })),
      // Ten start, nine reach step 2, three reach step 3, three finish.
      ...Array.from({ length: 10 }, () => walk('start', undefined, { mode: 'try' })),
      ...Array.from({ length: 10 }, () => walk('step', 1)),
      ...Array.from({ length: 9 }, () => walk('step', 2)),
      ...Array.from({ length: 3 }, () => walk('step', 3)),
      ...Array.from({ length: 3 }, () => walk('finish')),
      ...Array.from({ length: 6 }, () => walk('abandon', 2)),
      walk('wrong', 2),
      walk('wrong', 2),
      walk('hint', 2),
    ];
    for (let start = 0; start < events.length; start += 50) await sendEvents(events.slice(start, start + 50));
    await sendEvents([
      { type: 'search', locale: 'en', query: 'wifi printer', results: 0, opened: null },
      { type: 'search', locale: 'en', query: 'wifi printer', results: 0, opened: null },
      { type: 'search', locale: 'en', query: 'recovery email', results: 4, opened: 1 },
      { type: 'search', locale: 'en', query: 'recovery email', results: 4, opened: null },
    ]);
    const browser = await writer();
    const insights = await (await browser.get('staff/insights?days=7')).json();
    const guide = insights.guides.find(
      (entry: { guide: string; locale: string }) => entry.guide === 'recovery-email' && entry.locale === 'en',
    );
    expect(guide).toMatchObject({ views: 10, answers: 6, helpful: 1, reasons: { 'missing-step': 5 } });
    expect(guide.walkthroughs).toEqual([
      {
        walkthrough: 'recovery-email',
        starts: 10,
        finishes: 3,
        refusals: 0,
        abandons: 6,
        steps: [
          { step: 1, reached: 10, wrong: 0, hints: 0 },
          { step: 2, reached: 9, wrong: 2, hints: 1 },
          { step: 3, reached: 3, wrong: 0, hints: 0 },
        ],
      },
    ]);
    expect(insights.noResultQueries).toEqual([
      { locale: 'en', query: 'wifi printer', searches: 2, noResult: 2, opened: 0 },
    ]);
    expect(insights.unopenedQueries).toEqual([
      { locale: 'en', query: 'recovery email', searches: 2, noResult: 0, opened: 1 },
    ]);
    expect(insights.topQueries.map((entry: { query: string }) => entry.query)).toEqual([
      'recovery email',
      'wifi printer',
    ]);
    expect(insights.fixNext.map((fix: { kind: string; readers: number }) => [fix.kind, fix.readers])).toEqual([
      ['drop-off', 6],
      ['unhelpful', 5],
      ['no-result', 2],
    ]);
    expect(insights.fixNext[0]).toMatchObject({ guide: 'recovery-email', walkthrough: 'recovery-email', step: 2 });
  });

  test('the period leaves out older days', async () => {
    await sendEvents([{ type: 'guide-view', locale: 'en', guide: 'organizations' }]);
    now += 10 * 86_400_000;
    await sendEvents([{ type: 'guide-view', locale: 'en', guide: 'organizations' }]);
    const browser = await writer();
    const views = async (days: number) =>
      (await (await browser.get(`staff/insights?days=${days}`)).json()).guides.find(
        (entry: { guide: string }) => entry.guide === 'organizations',
      )?.views;
    expect(await views(7)).toBe(1);
    expect(await views(30)).toBe(2);
    expect((await browser.get('staff/insights?days=12')).status).toBe(400);
  });

  test('each period counts exactly its days, folded daily or after days of silence', async () => {
    const start = now;
    // 40 days; some days nothing is folded (the service was down), some days several events.
    for (let day = 0; day < 40; day++) {
      now = start + day * 86_400_000;
      for (let n = 0; n <= day % 3; n++)
        await sendEvents([{ type: 'guide-view', locale: 'en', guide: 'organizations' }]);
      if (day % 7 !== 3) await foldAll(service.database.db, today());
    }
    await foldAll(service.database.db, today());
    const db = service.database.db;
    for (const period of [7, 30, 90]) {
      const since = new Date(now - (period - 1) * 86_400_000).toISOString().slice(0, 10);
      const daily = await db
        .selectFrom('insight_daily')
        .select('count')
        .where('kind', '=', 'view')
        .where('day', '>=', since)
        .execute();
      const summed = await db
        .selectFrom('insight_period')
        .select('count')
        .where('kind', '=', 'view')
        .where('period', '=', period)
        .execute();
      expect(summed.map((row) => Number(row.count))).toEqual([daily.reduce((sum, row) => sum + Number(row.count), 0)]);
    }
  });

  test('for writers and admins: a service team gets 403, nobody signed in 401', async () => {
    await addStaff(service, 'kdrive@example.com', { services: ['kdrive'] });
    const team = staffBrowser(service.app, service.config);
    await team.signIn('kdrive@example.com', staffPassword);
    expect((await team.get('staff/insights')).status).toBe(403);
    expect((await staffBrowser(service.app, service.config).get('staff/insights')).status).toBe(401);
  });

  test('raw events go after INSIGHTS_RAW_DAYS once folded; the daily counts stay', async () => {
    await sendEvents([{ type: 'guide-view', locale: 'en', guide: 'organizations' }]);
    await foldAll(service.database.db, today());
    now += 8 * 86_400_000;
    await service.sweep();
    expect(await rows()).toEqual([]);
    expect(await service.database.db.selectFrom('insight_daily').selectAll().execute()).toHaveLength(1);
  });
});

describe(`npm run insights -- report on ${engine}`, () => {
  test('prints the ranked list with the evidence, the step’s sentence and the file to edit', async () => {
    const { runCli } = await import('./processes.ts');
    const events = [
      ...Array.from({ length: 8 }, () => walk('step', 1)),
      ...Array.from({ length: 8 }, () => walk('step', 2)),
      ...Array.from({ length: 2 }, () => walk('step', 3)),
      { type: 'search', locale: 'en', query: 'wifi printer', results: 0, opened: null },
    ];
    await sendEvents(events);
    const report = await runCli('insights', ['report', '--days', '7'], service.storage.env);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('What to fix next: the last 7 days');
    expect(report.stdout).toContain('step 2 loses readers (8 reached it, 2 went on');
    expect(report.stdout).toContain(
      'The step: "At the top right, click the circle with your initials or your avatar."',
    );
    expect(report.stdout).toContain('Edit: content/guides/en/recovery-email.mdx');
    expect(report.stdout).toContain('the search "wifi printer" found nothing (1 search)');
    expect(report.stdout).toContain('Try it: /en/search/?q=wifi%20printer');
    const wrong = await runCli('insights', ['report', '--locale', 'xx'], service.storage.env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--locale must be one of');
  });
});
