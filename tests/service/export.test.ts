import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvCell } from '../../src/server/feedback/export-format.ts';
import { engine, freshStorage, key, spamProof, type TestStorage, validFeedback, validGuideAnswer } from './harness.ts';
import { runCli, type ServiceProcess, startServiceProcess } from './processes.ts';

// The export reads the database the running service writes, from another process.
let storage: TestStorage;
let service: ServiceProcess;

async function post(path: string, body: unknown, n: number) {
  const proof = await spamProof((route) => fetch(service.base + route));
  const response = await fetch(service.base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key(n), altcha: proof },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { reference: string; receivedAt: string };
}

const exportLines = async (...args: string[]) => {
  const result = await runCli('feedback', ['export', ...args], storage.env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};

let kdrive: { reference: string; receivedAt: string };
let mail: { reference: string };
let guide: { reference: string };

beforeAll(async () => {
  storage = await freshStorage();
  service = await startServiceProcess({ ...storage.env, SPAM_CHECK_WORK: '20' });
  kdrive = await post('feedback', { ...validFeedback, email: 'camille@example.ch', replyConsent: true }, 1);
  mail = await post(
    'feedback',
    {
      ...validFeedback,
      service: 'mail',
      subject: '=HYPERLINK("http://x")',
      message: '-2+3 "quoted", and a, comma\nline two',
    },
    2,
  );
  guide = await post('guide-feedback', { ...validGuideAnswer, comment: 'Lost at step 3', step: 3 }, 3);
});
afterAll(async () => {
  await service.stop();
  await storage.drop();
});

describe(`npm run feedback -- export, while the service runs on ${engine}`, () => {
  test('prints one JSON object a line: feedback, then guide answers', async () => {
    const records = (await exportLines())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toEqual([
      {
        type: 'feedback',
        reference: kdrive.reference,
        receivedAt: kdrive.receivedAt,
        service: 'kdrive',
        locale: 'en',
        kind: 'problem',
        subject: validFeedback.subject,
        message: validFeedback.message,
        email: 'camille@example.ch',
        status: 'new',
      },
      expect.objectContaining({ type: 'feedback', reference: mail.reference, service: 'mail' }),
      expect.objectContaining({
        type: 'guide-answer',
        reference: guide.reference,
        guide: 'recovery-email',
        locale: 'fr',
        kind: 'not-helpful',
        reason: 'unclear',
        comment: 'Lost at step 3',
        step: 3,
      }),
    ]);
    expect(records[1]).not.toHaveProperty('email');
  });

  test('--service keeps that service only, --guide that guide only', async () => {
    const mailOnly = (await exportLines('--service', 'mail')).trim().split('\n');
    expect(mailOnly.map((line) => JSON.parse(line).reference)).toEqual([mail.reference]);
    const guideOnly = (await exportLines('--guide', 'recovery-email')).trim().split('\n');
    expect(guideOnly.map((line) => JSON.parse(line).reference)).toEqual([guide.reference]);
  });

  test('--since leaves out what came before', async () => {
    expect((await exportLines('--since', '2999-01-01')).trim()).toBe('');
    expect((await exportLines('--since', '2000-01-01')).trim().split('\n')).toHaveLength(3);
  });

  test('--format csv: a header, quoted cells, and formulas neutralised', async () => {
    const csv = await exportLines('--format', 'csv', '--service', 'mail');
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'type,reference,receivedAt,service,guide,locale,kind,subject,message,email,status,reason,comment,step',
    );
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain(`"'-2+3 ""quoted"", and a, comma\nline two"`);
  });

  test('a wrong option says how to use the command', async () => {
    const result = await runCli('feedback', ['export', '--format', 'xml'], storage.env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be jsonl or csv');
    expect(result.stderr).toContain('Usage: npm run feedback -- export');
    const since = await runCli('feedback', ['export', '--since', 'yesterday'], storage.env);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since must be a date such as 2026-12-01');
  });
});

describe('CSV cells', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('%j is written %j', (value, written) => expect(csvCell(value)).toBe(written));
});
