import { describe, expect, test } from 'vitest';
import { FeedbackInputSchema, feedbackLimits, GuideFeedbackInputSchema } from '../../../src/api/feedback.ts';
import { fieldErrorsOf } from '../../../src/islands/feedback/field-errors.ts';

const valid = {
  service: 'kdrive',
  kind: 'suggestion',
  subject: 'Shared links',
  message: 'Please let me choose when a shared link expires.',
};

/** The field error codes a submission gets, `{}` when it is accepted. */
function errorsOf(change: Record<string, unknown>) {
  const parsed = FeedbackInputSchema.safeParse({ ...valid, ...change });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe('feedback schema refuses what a reader must fix', () => {
  test.each([
    ['empty subject', { subject: '' }, { subject: 'required' }],
    ['missing message', { message: undefined }, { message: 'required' }],
    ['whitespace-only message', { message: ' \n\t   \n ' }, { message: 'required' }],
    ['whitespace-only subject', { subject: '\u00a0  ' }, { subject: 'required' }],
    ['message too short', { message: 'Too short.' }, { message: 'too-short' }],
    [
      'message one character too short',
      { message: 'x'.repeat(feedbackLimits.message.min - 1) },
      { message: 'too-short' },
    ],
    ['message too long', { message: 'x'.repeat(feedbackLimits.message.max + 1) }, { message: 'too-long' }],
    ['huge message', { message: 'x'.repeat(2_000_000) }, { message: 'too-long' }],
    ['subject too long', { subject: 's'.repeat(feedbackLimits.subject.max + 1) }, { subject: 'too-long' }],
    ['NUL in the message', { message: `A message that hides a \u0000 NUL byte.` }, { message: 'control-characters' }],
    [
      'escape sequence in the message',
      { message: 'Colours \u001b[31mred\u001b[0m in a terminal' },
      { message: 'control-characters' },
    ],
    ['C1 control in the subject', { subject: 'Bad \u0085 subject' }, { subject: 'control-characters' }],
    ['line break in the subject', { subject: 'Two\nlines' }, { subject: 'control-characters' }],
    ['unknown kind', { kind: 'rant' }, { kind: 'invalid-kind' }],
    ['no kind', { kind: '' }, { kind: 'invalid-kind' }],
    ['unknown service', { service: 'myspace' }, { service: 'invalid-service' }],
  ])('%s', (_, change, expected) => {
    expect(errorsOf(change)).toEqual(expected);
  });

  test.each([
    'not-an-email',
    'name@',
    '@example.com',
    'name@example',
    'two@@example.com',
    'spaces in@example.com',
    '<script>@example.com',
    `${'a'.repeat(250)}@example.com`,
  ])('invalid email %s', (email) => {
    expect(errorsOf({ email, replyConsent: true })).toEqual({ email: 'invalid-email' });
  });

  test('an email without consent to be answered there is refused on the consent box', () => {
    expect(errorsOf({ email: 'camille@example.com' })).toEqual({ replyConsent: 'consent-required' });
  });

  test('consent without an email asks for the email', () => {
    expect(errorsOf({ replyConsent: true })).toEqual({ email: 'email-required' });
  });

  test('several problems are reported together, one per field', () => {
    expect(errorsOf({ kind: '', subject: '', message: 'short' })).toEqual({
      kind: 'invalid-kind',
      subject: 'required',
      message: 'too-short',
    });
  });
});

describe('feedback schema accepts what a reader may write, as text', () => {
  test.each([
    ['HTML and a script', '<script>alert("x")</script><img src=x onerror=alert(1)>'],
    ['emoji', '👍🏽 Love the new kDrive app! 🎉🚀 Keep going 👩‍👩‍👧'],
    ['right-to-left text', 'أرجو إضافة خيار لتحديد مدة صلاحية الروابط المشتركة'],
    ['Hebrew mixed with Latin', 'שלום, I would like דוחות in Hebrew please'],
    ['a right-to-left override', 'Reversed \u202Egnp.exe\u202C file name in a share'],
    ['several paragraphs', 'First paragraph.\n\nSecond paragraph,\twith a tab.\r\nThird.'],
    ['exactly the maximum', 'x'.repeat(feedbackLimits.message.max)],
  ])('%s', (_, message) => {
    const parsed = FeedbackInputSchema.safeParse({ ...valid, message });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.message).toBe(message.trim());
  });

  test('emoji count as one character each, as the reader sees them', () => {
    const message = '🎉'.repeat(feedbackLimits.message.min);
    expect(message.length).toBe(feedbackLimits.message.min * 2);
    expect(FeedbackInputSchema.safeParse({ ...valid, message }).success).toBe(true);
  });

  test('surrounding spaces are trimmed, an empty email means none', () => {
    const parsed = FeedbackInputSchema.parse({ ...valid, subject: '  Shared links  ', email: '  ' });
    expect(parsed.subject).toBe('Shared links');
    expect(parsed.email).toBe('');
  });

  test('an email with consent', () => {
    expect(errorsOf({ email: 'Camille.Morel+help@studio-lumen.ch', replyConsent: true })).toEqual({});
  });
});

describe('guide feedback schema', () => {
  const base = { guide: 'recovery-email', locale: 'fr', helpful: false, reason: 'outdated' };
  test('yes needs nothing more; no needs a reason', () => {
    expect(GuideFeedbackInputSchema.safeParse({ guide: 'recovery-email', locale: 'en', helpful: true }).success).toBe(
      true,
    );
    const noReason = GuideFeedbackInputSchema.safeParse({ ...base, reason: undefined });
    expect(noReason.success ? {} : fieldErrorsOf(noReason.error)).toEqual({ reason: 'required' });
  });

  test.each([
    ['an unknown guide', { guide: 'how-to-hack' }, 'guide'],
    ['an unknown locale', { locale: 'xx' }, 'locale'],
    ['an unknown reason', { reason: 'boring' }, 'reason'],
    ['a comment too long', { comment: 'x'.repeat(feedbackLimits.comment.max + 1) }, 'comment'],
    ['control characters in the comment', { comment: 'bell \u0007' }, 'comment'],
    ['a step that is not a number', { step: 'two' }, 'step'],
  ])('refuses %s', (_, change, field) => {
    const parsed = GuideFeedbackInputSchema.safeParse({ ...base, ...change });
    expect(parsed.success ? {} : Object.keys(fieldErrorsOf(parsed.error))).toEqual([field]);
  });

  test('keeps a walkthrough step and an HTML comment as given', () => {
    const parsed = GuideFeedbackInputSchema.parse({ ...base, step: 3, comment: '<b>step 3</b> is gone' });
    expect(parsed).toMatchObject({ step: 3, comment: '<b>step 3</b> is gone' });
  });
});
