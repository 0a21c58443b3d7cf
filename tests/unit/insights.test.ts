import { describe, expect, test } from 'vitest';
import type { GuideInsight } from '../../src/api/insights.ts';
import { normaliseQuery } from '../../src/api/insight-values.ts';
import { walkthroughSentences } from '../../src/content/walkthrough-sentences.ts';
import { fixNext, worstStep } from '../../src/server/insights/fix-next.ts';

const guide = (overrides: Partial<GuideInsight>): GuideInsight => ({
  guide: 'recovery-email',
  locale: 'en',
  views: 100,
  answers: 0,
  helpful: 0,
  reasons: { 'missing-step': 0, outdated: 0, unclear: 0, other: 0 },
  walkthroughs: [],
  ...overrides,
});

const steps = (...reached: number[]) =>
  reached.map((count, index) => ({ step: index + 1, reached: count, wrong: 0, hints: 0 }));

describe('what to fix next', () => {
  test('ranks no-result searches, unhelpful guides and the worst steps by the readers each failed', () => {
    const fixes = fixNext(
      [
        guide({ answers: 10, helpful: 2 }),
        guide({
          guide: 'organizations',
          walkthroughs: [
            {
              walkthrough: 'leave-organization',
              starts: 40,
              finishes: 5,
              refusals: 0,
              abandons: 30,
              steps: steps(40, 38, 10, 6),
            },
          ],
        }),
      ],
      [{ locale: 'fr', query: 'imprimante wifi', searches: 12, noResult: 12, opened: 0 }],
    );
    expect(fixes.map((fix) => [fix.kind, fix.readers, fix.guide ?? fix.query])).toEqual([
      ['drop-off', 28, 'organizations'],
      ['no-result', 12, 'imprimante wifi'],
      ['unhelpful', 8, 'recovery-email'],
    ]);
    expect(fixes[0]).toMatchObject({ step: 2, evidence: { reached: 38, next: 10 } });
  });

  test('a guide with few answers, or mostly helpful, is not listed', () => {
    expect(fixNext([guide({ answers: 4, helpful: 0 }), guide({ answers: 20, helpful: 15 })], [])).toEqual([]);
  });

  test('the last step loses those who reached it and did not finish', () => {
    expect(
      worstStep({ walkthrough: 'w', starts: 10, finishes: 2, refusals: 0, abandons: 8, steps: steps(10, 10, 10) }),
    ).toMatchObject({
      step: 3,
      lost: 8,
    });
  });

  test('small or gentle losses are not worth a writer’s time', () => {
    expect(
      worstStep({ walkthrough: 'w', starts: 10, finishes: 9, refusals: 0, abandons: 1, steps: steps(10, 10, 9) }),
    ).toBeUndefined();
  });
});

describe('queries as kept', () => {
  test.each([
    ['  Mot  de   Passe ', 'mot de passe'],
    ['ÉCRAN', 'écran'],
    ['x'.repeat(120), 'x'.repeat(100)],
    ['👩🏽‍💻'.repeat(30), [...'👩🏽‍💻'.repeat(30)].slice(0, 100).join('')],
  ])('%j → %j', (query, kept) => expect(normaliseQuery(query)).toBe(kept));

  test.each([
    'camille@example.com',
    'reset password for jo@',
    'order 1234567',
    'call me 06 12 34 56 78',
    '+41-22-123-45-67',
    'invoice 2024/00017',
    `${'x'.repeat(120)} camille@example.com`,
    '   ',
  ])('%j is not kept: it may be personal data, or it is nothing', (query) => {
    expect(normaliseQuery(query)).toBe('');
  });

  test.each([
    ['windows 11', 'windows 11'],
    ['error 40413', 'error 40413'],
    ['kdrive 3.5.8', 'kdrive 3.5.8'],
  ])('%j, with a few digits and no @, is kept', (query, kept) => expect(normaliseQuery(query)).toBe(kept));
});

describe("the walkthrough's sentences, from the guide", () => {
  test('each list inside <Steps walkthrough>, one sentence per item, emphasis removed', () => {
    const mdx = [
      'Intro',
      '<Steps walkthrough="recovery-email">',
      '',
      '1. Log in to the **Manager**.',
      '2. Choose **Manage my profile**, then',
      '   click *Edit*.',
      '',
      '</Steps>',
      '<Steps walkthrough="other">',
      '1. One [link](https://example.com) `code`.',
      '</Steps>',
    ].join('\n');
    expect(walkthroughSentences(mdx)).toEqual({
      'recovery-email': ['Log in to the Manager.', 'Choose Manage my profile, then click Edit.'],
      other: ['One link code.'],
    });
  });
});
