import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addStaff,
  client,
  engine,
  key,
  staffBrowser,
  staffPassword,
  startTestService,
  type TestService,
  validFeedback,
} from './harness.ts';

let service: TestService;
let admin: ReturnType<typeof staffBrowser>;
const references: Record<string, string> = {};
// Submissions arrive one a day from tomorrow, 10:00 UTC (the spam check's expiry follows the real clock).
const firstDay = Math.floor(Date.now() / 86_400_000) * 86_400_000 + 86_400_000;
const day = (n: number) => new Date(firstDay + n * 86_400_000).toISOString().slice(0, 10);
let now = firstDay - 86_400_000 + 10 * 3_600_000;

const submissions = [
  {
    name: 'sync',
    body: {
      ...validFeedback,
      subject: 'Synchronisation stops',
      message: 'The desktop app stops syncing after an hour of work.',
      locale: 'fr',
    },
  },
  {
    name: 'share',
    body: {
      ...validFeedback,
      kind: 'suggestion',
      subject: 'Expiring links',
      message: 'Let me choose when a shared link expires, please.',
    },
  },
  {
    name: 'mail',
    body: {
      ...validFeedback,
      service: 'mail',
      subject: 'Slow search',
      message: 'Searching the inbox takes more than ten seconds every time.',
      locale: 'de',
    },
  },
  {
    name: 'accent',
    body: {
      ...validFeedback,
      subject: 'Café crème',
      message: 'Les fichiers partagés ne se synchronisent plus depuis lundi.',
      locale: 'fr',
    },
  },
] as const;

beforeAll(async () => {
  service = await startTestService({}, { now: () => new Date(now) });
  const reader = client(service.app, service.config);
  for (const [index, submission] of submissions.entries()) {
    now += 86_400_000;
    const receipt = await (await reader.post('feedback', submission.body, key(index))).json();
    references[submission.name] = receipt.reference;
  }
  await addStaff(service, 'admin@example.com', { role: 'admin' });
  await addStaff(service, 'kdrive@example.com', { services: ['kdrive'] });
  admin = staffBrowser(service.app, service.config);
  expect((await admin.signIn('admin@example.com', staffPassword)).status).toBe(200);
});
afterAll(() => service.dispose());

const list = async (query = '') => (await admin.get(`staff/feedback${query}`)).json();
const refs = (page: { items: { reference: string }[] }) => page.items.map((item) => item.reference);

describe(`the inbox's list on ${engine}`, () => {
  test('newest first, with the first words, the counts per status and per service', async () => {
    const page = await list();
    expect(refs(page)).toEqual([references.accent, references.mail, references.share, references.sync]);
    expect(page.items[0]).toMatchObject({
      service: 'kdrive',
      kind: 'problem',
      subject: 'Café crème',
      locale: 'fr',
      status: 'new',
      assignee: null,
      preview: 'Les fichiers partagés ne se synchronisent plus depuis lundi.',
    });
    expect(page.items[0]).not.toHaveProperty('message');
    expect(page.counts.status).toEqual({ new: 4 });
    expect(page.counts.service).toEqual({ kdrive: 3, mail: 1 });
  });

  test.each([
    ['?service=mail', ['mail']],
    ['?kind=suggestion', ['share']],
    ['?locale=fr', ['accent', 'sync']],
    [`?from=${day(1)}&to=${day(2)}`, ['mail', 'share']],
    ['?q=sync', ['accent', 'sync']],
    ['?q=desktop', ['sync']],
    ['?q=synchronis', ['accent', 'sync']],
    ['?q=shared%20expires', ['share']],
    ['?q=nothing-like-this', []],
    ['?service=kdrive&locale=fr&q=desktop', ['sync']],
  ])('filter %s', async (query, expected) => {
    expect(refs(await list(query))).toEqual(expected.map((name) => references[name]));
  });

  test('search ignores accents and case in SQLite, case in PostgreSQL', async () => {
    expect(refs(await list('?q=CAFÉ'))).toEqual([references.accent]);
    if (engine === 'sqlite') expect(refs(await list('?q=cafe'))).toEqual([references.accent]);
  });

  test('a bad filter is a 400 that names it', async () => {
    const response = await admin.get('staff/feedback?status=forgotten&from=yesterday');
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fieldErrors)).toEqual(['status', 'from']);
  });

  test.each([
    'staff/feedback?from=2026-02-31',
    'staff/feedback?to=2025-02-29',
    'staff/guide-answers?from=2026-13-01',
    'staff/guide-answers-export?to=2026-04-31',
  ])('a day that does not exist is a 400 that names it: %s', async (path) => {
    const response = await admin.get(path);
    expect(response.status).toBe(400);
    const field = path.includes('from=') ? 'from' : 'to';
    expect(await response.json()).toEqual({ code: 'invalid-input', fieldErrors: { [field]: 'invalid-date' } });
  });

  test('a leap day is a day', async () => {
    expect((await admin.get('staff/feedback?from=2024-02-29')).status).toBe(200);
  });

  const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  test.each([
    ['not base64 JSON', '%%%'],
    ['not a pair', forged({ receivedAt: '2026-01-01T00:00:00.000Z', id: 1 })],
    ['an id past a safe integer', forged(['2026-01-01T00:00:00.000Z', 1e300])],
    ['a fractional id', forged(['2026-01-01T00:00:00.000Z', 1.5])],
    ['a time that is not a time', forged(["x' or 1=1 --", 1])],
    ['an impossible time', forged(['2026-02-31T00:00:00.000Z', 1])],
  ])('a forged cursor (%s) is a 400 that names it, never a server error', async (_name, cursor) => {
    const response = await admin.get(`staff/feedback?cursor=${encodeURIComponent(cursor)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'invalid-input', fieldErrors: { cursor: 'invalid-cursor' } });
  });

  test('pages of 50, in order, without repeats', async () => {
    const many = await startTestService();
    const reader = client(many.app, many.config);
    for (let n = 0; n < 120; n++)
      await reader.post('feedback', { ...validFeedback, subject: `Page test ${n}` }, key(n));
    await addStaff(many, 'admin@example.com', { role: 'admin' });
    const browser = staffBrowser(many.app, many.config);
    await browser.signIn('admin@example.com', staffPassword);
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 3; page++) {
      const body = await (await browser.get(`staff/feedback${cursor ? `?cursor=${cursor}` : ''}`)).json();
      seen.push(...body.items.map((item: { subject: string }) => item.subject));
      expect(body.total).toBe(120);
      cursor = body.nextCursor ?? '';
    }
    expect(cursor).toBe('');
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    await many.dispose();
  });
});

describe(`working on feedback on ${engine}`, () => {
  test('status, assignee and notes change the feedback and each leaves an audit line', async () => {
    const reference = references.sync as string;
    expect(
      (
        await admin.request('PATCH', `staff/feedback/${reference}`, {
          status: 'in-progress',
          assignee: 'kdrive@example.com',
        })
      ).status,
    ).toBe(200);
    expect(
      (await admin.request('POST', `staff/feedback/${reference}/notes`, { body: 'Asked the desktop team.' })).status,
    ).toBe(201);
    now += 60_000;
    expect((await admin.request('PATCH', `staff/feedback/${reference}`, { status: 'answered' })).status).toBe(200);
    const detail = await (await admin.get(`staff/feedback/${reference}`)).json();
    expect(detail).toMatchObject({
      status: 'answered',
      assignee: 'kdrive@example.com',
      message: submissions[0].body.message,
      email: null,
      notes: [{ author: 'admin@example.com', body: 'Asked the desktop team.' }],
    });
    expect(
      detail.history.map((event: { action: string; from: string | null; to: string | null; staff: string }) => [
        event.action,
        event.from,
        event.to,
        event.staff,
      ]),
    ).toEqual([
      ['status', 'new', 'in-progress', 'admin@example.com'],
      ['assign', null, 'kdrive@example.com', 'admin@example.com'],
      ['note', null, null, 'admin@example.com'],
      ['status', 'in-progress', 'answered', 'admin@example.com'],
    ]);
    expect((await list('?status=answered')).items.map((item: { reference: string }) => item.reference)).toEqual([
      reference,
    ]);
    expect((await list('?assignee=kdrive@example.com')).total).toBe(1);
  });

  test('a change to the same value writes no audit line', async () => {
    const reference = references.mail as string;
    await admin.request('PATCH', `staff/feedback/${reference}`, { status: 'closed' });
    await admin.request('PATCH', `staff/feedback/${reference}`, { status: 'closed' });
    const detail = await (await admin.get(`staff/feedback/${reference}`)).json();
    expect(detail.history).toHaveLength(1);
  });

  test('bulk: one status for a selection, all in one go', async () => {
    const selection = [references.share, references.accent];
    const result = await (
      await admin.request('POST', 'staff/feedback-bulk', { references: selection, change: { status: 'spam' } })
    ).json();
    expect(result).toEqual({ updated: selection, notFound: [] });
    expect(refs(await list('?status=spam'))).toEqual([references.accent, references.share]);
  });

  test('a wrong status or an empty note is refused with the field', async () => {
    const wrong = await admin.request('PATCH', `staff/feedback/${references.sync}`, { status: 'forgotten' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).fieldErrors).toEqual({ status: 'invalid-status' });
    const empty = await admin.request('POST', `staff/feedback/${references.sync}/notes`, { body: '   ' });
    expect((await empty.json()).fieldErrors).toEqual({ body: 'required' });
  });

  test('the export follows the filter, in the CLI’s format, formulas neutralised', async () => {
    const reader = client(service.app, service.config);
    await reader.post(
      'feedback',
      { ...validFeedback, subject: '=cmd|calc!A1', message: '@SUM(1+1) is what I typed here' },
      key('formula'),
    );
    const csv = await (await admin.get('staff/feedback-export?format=csv&q=typed')).text();
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("'=cmd|calc!A1");
    expect(lines[1]).toContain("'@SUM(1+1) is what I typed here");
    const jsonl = await admin.get('staff/feedback-export?service=mail');
    expect(jsonl.headers.get('content-disposition')).toMatch(
      /^attachment; filename="feedback-\d{4}-\d{2}-\d{2}\.jsonl"$/,
    );
    expect(
      (await jsonl.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).reference),
    ).toEqual([references.mail]);
  });

  test('people to assign: those who read a service the person reads', async () => {
    const kdrive = staffBrowser(service.app, service.config);
    await kdrive.signIn('kdrive@example.com', staffPassword);
    const people = await (await kdrive.get('staff/people')).json();
    expect(people.people.map((person: { email: string }) => person.email)).toEqual([
      'admin@example.com',
      'kdrive@example.com',
    ]);
  });
});
