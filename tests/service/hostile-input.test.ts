import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

beforeAll(async () => {
  service = await startTestService();
  api = client(service.app, service.config);
});
afterAll(() => service.dispose());

interface Hostile {
  name: string;
  path?: 'feedback' | 'guide-feedback';
  body: unknown;
  headers?: Record<string, string | undefined>;
  status: number;
  code: string;
  field?: string;
}

const big = (length: number) => 'a'.repeat(length);

/** Every one is refused with a clear error in the contract's shape, and stores nothing. */
const payloads: Hostile[] = [
  {
    name: 'a body over 64 KB',
    body: { ...validFeedback, message: big(70_000) },
    status: 413,
    code: 'payload-too-large',
  },
  { name: 'a body of 1 MB of spaces', body: ' '.repeat(1_000_000), status: 413, code: 'payload-too-large' },
  {
    name: 'form encoding instead of JSON',
    body: 'service=kdrive&kind=problem',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'text/plain',
    body: JSON.stringify(validFeedback),
    headers: { 'content-type': 'text/plain' },
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'no content type',
    body: JSON.stringify(validFeedback),
    headers: { 'content-type': undefined },
    status: 415,
    code: 'unsupported-media-type',
  },
  { name: 'invalid JSON', body: '{"service": "kdrive",', status: 400, code: 'invalid-input', field: 'body' },
  { name: 'JSON that is not an object', body: '["kdrive"]', status: 400, code: 'invalid-input', field: 'body' },
  { name: 'JSON null', body: 'null', status: 400, code: 'invalid-input', field: 'body' },
  { name: 'an empty body', body: '', status: 400, code: 'invalid-input', field: 'body' },
  {
    name: 'bytes that are not UTF-8',
    body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    status: 400,
    code: 'invalid-input',
    field: 'body',
  },
  {
    name: 'an unknown service',
    body: { ...validFeedback, service: 'mainframe' },
    status: 400,
    code: 'invalid-input',
    field: 'service',
  },
  {
    name: 'a service that is an object',
    body: { ...validFeedback, service: { $ne: null } },
    status: 400,
    code: 'invalid-input',
    field: 'service',
  },
  {
    name: 'an unknown kind',
    body: { ...validFeedback, kind: 'rant' },
    status: 400,
    code: 'invalid-input',
    field: 'kind',
  },
  {
    name: 'a subject of spaces',
    body: { ...validFeedback, subject: '     ' },
    status: 400,
    code: 'invalid-input',
    field: 'subject',
  },
  {
    name: 'a subject of 121 characters',
    body: { ...validFeedback, subject: big(121) },
    status: 400,
    code: 'invalid-input',
    field: 'subject',
  },
  {
    name: 'a message of 5,001 characters',
    body: { ...validFeedback, message: big(5001) },
    status: 400,
    code: 'invalid-input',
    field: 'message',
  },
  {
    name: 'a message of 5,001 emoji',
    body: { ...validFeedback, message: '😀'.repeat(5001) },
    status: 400,
    code: 'invalid-input',
    field: 'message',
  },
  {
    name: 'a NUL character in the subject',
    body: { ...validFeedback, subject: 'Sync\u0000stops' },
    status: 400,
    code: 'invalid-input',
    field: 'subject',
  },
  {
    name: 'an escape sequence in the message',
    body: { ...validFeedback, message: `${validFeedback.message}\u001b[31m red` },
    status: 400,
    code: 'invalid-input',
    field: 'message',
  },
  {
    name: 'a C1 control character',
    body: { ...validFeedback, subject: 'Sync\u0085stops' },
    status: 400,
    code: 'invalid-input',
    field: 'subject',
  },
  {
    name: 'a line break in the subject',
    body: { ...validFeedback, subject: 'Sync\nstops' },
    status: 400,
    code: 'invalid-input',
    field: 'subject',
  },
  {
    name: 'an email that is not one',
    body: { ...validFeedback, email: 'javascript:alert(1)', replyConsent: true },
    status: 400,
    code: 'invalid-input',
    field: 'email',
  },
  {
    name: 'a header injection in the email',
    body: { ...validFeedback, email: 'a@b.ch\r\nBcc: x@y.ch', replyConsent: true },
    status: 400,
    code: 'invalid-input',
    field: 'email',
  },
  {
    name: 'an oversized email',
    body: { ...validFeedback, email: `${big(250)}@b.ch`, replyConsent: true },
    status: 400,
    code: 'invalid-input',
    field: 'email',
  },
  {
    name: 'consent without an email',
    body: { ...validFeedback, replyConsent: true },
    status: 400,
    code: 'invalid-input',
    field: 'email',
  },
  {
    name: 'an unknown locale',
    body: { ...validFeedback, locale: 'xx' },
    status: 400,
    code: 'invalid-input',
    field: 'locale',
  },
  {
    name: 'a number for the message',
    body: { ...validFeedback, message: 1234567890 },
    status: 400,
    code: 'invalid-input',
    field: 'message',
  },
  {
    name: 'a missing message',
    body: { service: 'kdrive', kind: 'problem', subject: 'Hello there' },
    status: 400,
    code: 'invalid-input',
    field: 'message',
  },
  {
    name: 'no idempotency key',
    body: validFeedback,
    headers: { 'idempotency-key': undefined },
    status: 400,
    code: 'invalid-input',
    field: 'idempotencyKey',
  },
  {
    name: 'a key too short',
    body: validFeedback,
    headers: { 'idempotency-key': 'abc' },
    status: 400,
    code: 'invalid-input',
    field: 'idempotencyKey',
  },
  {
    name: 'a key with SQL in it',
    body: validFeedback,
    headers: { 'idempotency-key': "x' OR '1'='1'--padding" },
    status: 400,
    code: 'invalid-input',
    field: 'idempotencyKey',
  },
  {
    name: 'a key of 65 characters',
    body: validFeedback,
    headers: { 'idempotency-key': big(65) },
    status: 400,
    code: 'invalid-input',
    field: 'idempotencyKey',
  },
  {
    name: 'no spam proof',
    body: validFeedback,
    headers: { altcha: undefined },
    status: 403,
    code: 'spam-check-failed',
  },
  {
    name: 'a spam proof that is not base64 JSON',
    body: validFeedback,
    headers: { altcha: '%%%not-base64' },
    status: 403,
    code: 'spam-check-failed',
  },
  {
    name: 'a forged spam proof',
    body: validFeedback,
    headers: {
      altcha: btoa(
        JSON.stringify({ challenge: { parameters: {}, signature: 'x' }, solution: { counter: 1, derivedKey: '00' } }),
      ),
    },
    status: 403,
    code: 'spam-check-failed',
  },
  {
    // As long as a real signature in letters, longer in bytes: a careless comparison throws (500).
    name: 'a spam proof signed in accented letters',
    body: validFeedback,
    headers: {
      altcha: Buffer.from(
        JSON.stringify({
          challenge: {
            parameters: {
              algorithm: 'SHA-256',
              nonce: 'ab',
              salt: 'cd',
              cost: 1,
              keyLength: 32,
              keyPrefix: '00',
              keySignature: 'é'.repeat(64),
              expiresAt: 4_102_444_800,
            },
            signature: 'é'.repeat(64),
          },
          solution: { counter: 1, derivedKey: '00' },
        }),
      ).toString('base64'),
    },
    status: 403,
    code: 'spam-check-failed',
  },
  {
    name: 'a huge spam proof header',
    body: validFeedback,
    headers: { altcha: big(8000) },
    status: 403,
    code: 'spam-check-failed',
  },
  {
    name: 'a guide that does not exist',
    path: 'guide-feedback',
    body: { ...validGuideAnswer, guide: '../../etc/passwd' },
    status: 400,
    code: 'invalid-input',
    field: 'guide',
  },
  {
    name: 'a guide answer without helpful',
    path: 'guide-feedback',
    body: { guide: 'recovery-email', locale: 'en' },
    status: 400,
    code: 'invalid-input',
    field: 'helpful',
  },
  {
    name: 'not helpful without a reason',
    path: 'guide-feedback',
    body: { guide: 'recovery-email', locale: 'en', helpful: false },
    status: 400,
    code: 'invalid-input',
    field: 'reason',
  },
  {
    name: 'an unknown reason',
    path: 'guide-feedback',
    body: { ...validGuideAnswer, reason: 'hate' },
    status: 400,
    code: 'invalid-input',
    field: 'reason',
  },
  {
    name: 'a comment of 1,001 characters',
    path: 'guide-feedback',
    body: { ...validGuideAnswer, comment: big(1001) },
    status: 400,
    code: 'invalid-input',
    field: 'comment',
  },
  {
    name: 'a step of 1,000',
    path: 'guide-feedback',
    body: { ...validGuideAnswer, step: 1000 },
    status: 400,
    code: 'invalid-input',
    field: 'step',
  },
  {
    name: 'a step that is a string',
    path: 'guide-feedback',
    body: { ...validGuideAnswer, step: '3; drop table feedback' },
    status: 400,
    code: 'invalid-input',
    field: 'step',
  },
  {
    name: 'a locale with a path',
    path: 'guide-feedback',
    body: { ...validGuideAnswer, locale: 'en/../../' },
    status: 400,
    code: 'invalid-input',
    field: 'locale',
  },
];

describe(`hostile input on ${engine}`, () => {
  test('there are at least 30 of them', () => expect(payloads.length).toBeGreaterThanOrEqual(30));

  test.each(payloads)(
    '$name: $status $code, nothing stored',
    async ({ path = 'feedback', body, headers = {}, status, code, field }) => {
      const response = await api.post(path, body, key(`${path}-${status}`), headers);
      expect(response.status).toBe(status);
      const error = await response.json();
      expect(error.code).toBe(code);
      if (field) expect(Object.keys(error.fieldErrors ?? {})).toContain(field);
      expect(await countRows(service, 'feedback')).toBe(0);
      expect(await countRows(service, 'guide_feedback')).toBe(0);
    },
  );

  test('after all of them the service still stores a valid submission', async () => {
    expect((await api.post('feedback', validFeedback, key('after'))).status).toBe(201);
    expect((await api.get('health')).status).toBe(200);
  });
});
