import { describe, expect, test } from 'vitest';
import {
  actionsBefore,
  changes,
  decodeProgress,
  deepLink,
  judgeClick,
  judgeTyping,
  nextPosition,
  type Progress,
  parseDeepLink,
  restoreProgress,
  startOfStep,
  type TargetRef,
  type UsedControl,
  type Walkthrough,
} from '../../../src/walkthroughs/engine.ts';
import { findWalkthrough } from '../../../src/walkthroughs/index.ts';
import { click, on, step } from '../../../src/walkthroughs/steps.ts';

const control = (target: string | null, attributes: Record<string, string> = {}): UsedControl => ({
  target,
  attribute: (name) => attributes[name] ?? null,
});

const script: Walkthrough = {
  id: 'practice',
  start: { screen: 'dashboard' },
  steps: [
    step({ kind: 'acknowledge' }),
    step(click('products-menu', { or: [{ on: on('sidebar-ksuite'), skipTo: 3 }] })),
    step(click('product-ksuite')),
    step(
      click('ksuite-actions'),
      { kind: 'type', on: on('ksuite-users'), value: '6', accepts: (value) => Number(value) > 1 },
      click('ksuite-save'),
    ),
  ],
  changesAccount: true,
  facts: async () => [],
};
const steps = script.steps;
const saved = (changes: Partial<Progress> = {}) => ({
  version: 1,
  id: 'recovery-email',
  variant: 'main',
  mode: 'try',
  step: 3,
  action: 0,
  ...changes,
});

describe('ordering', () => {
  test('goes through every action of a step before the next step, then ends', () => {
    expect(nextPosition(steps, { step: 0, action: 0 })).toEqual({ step: 1, action: 0 });
    expect(nextPosition(steps, { step: 3, action: 0 })).toEqual({ step: 3, action: 1 });
    expect(nextPosition(steps, { step: 3, action: 2 })).toBe('done');
  });

  test('lists the actions to replay before a position, in order', () => {
    const kinds = actionsBefore(steps, { step: 3, action: 2 }).map((action) =>
      action.kind === 'acknowledge' ? 'acknowledge' : action.on.target,
    );
    expect(kinds).toEqual(['acknowledge', 'products-menu', 'product-ksuite', 'ksuite-actions', 'ksuite-users']);
    expect(actionsBefore(steps, { step: 0, action: 0 })).toEqual([]);
  });

  test('keeps a step number inside the list', () => {
    expect(startOfStep(steps, 9)).toEqual({ step: 3, action: 0 });
    expect(startOfStep(steps, -2)).toEqual({ step: 0, action: 0 });
  });
});

describe('judging what the reader does', () => {
  test('the step’s control moves on; another control gets a hint', () => {
    expect(judgeClick(steps, { step: 2, action: 0 }, control('product-ksuite'))).toEqual({
      kind: 'advance',
      to: { step: 3, action: 0 },
    });
    expect(judgeClick(steps, { step: 2, action: 0 }, control('product-domains'))).toEqual({ kind: 'hint' });
    expect(judgeClick(steps, { step: 2, action: 0 }, control(null))).toEqual({ kind: 'hint' });
  });

  test('the other way the guide offers skips the step it makes unnecessary', () => {
    expect(judgeClick(steps, { step: 1, action: 0 }, control('sidebar-ksuite'))).toEqual({
      kind: 'advance',
      to: { step: 3, action: 0 },
    });
  });

  test('an acknowledge step is never done by clicking in the Manager', () => {
    expect(judgeClick(steps, { step: 0, action: 0 }, control('products-menu'))).toEqual({ kind: 'hint' });
  });

  test('attributes pick one of several controls with the same target', () => {
    const themed = [step({ kind: 'click', on: on('newsletter-theme-toggle', { 'data-theme': 'events' }) })];
    const position = { step: 0, action: 0 };
    expect(judgeClick(themed, position, control('newsletter-theme-toggle', { 'data-theme': 'tips' })).kind).toBe(
      'hint',
    );
    expect(judgeClick(themed, position, control('newsletter-theme-toggle', { 'data-theme': 'events' })).kind).toBe(
      'advance',
    );
  });

  test('typing moves on once the value works, not before', () => {
    const typing = { step: 3, action: 1 };
    expect(judgeTyping(steps, typing, control('ksuite-users'), '1')).toEqual({ kind: 'allow' });
    expect(judgeTyping(steps, typing, control('ksuite-users'), '6')).toEqual({
      kind: 'advance',
      to: { step: 3, action: 2 },
    });
    expect(judgeClick(steps, typing, control('ksuite-users'))).toEqual({ kind: 'allow' });
  });

  test('a field already holding a value that works may be kept: the next field counts for both', () => {
    const fields = [
      step({ kind: 'type', on: on('card-holder-input'), value: 'Camille', accepts: (value) => value !== '' }),
      step({ kind: 'type', on: on('card-label-input'), value: 'Work', accepts: (value) => value !== '' }),
      step(click('payment-profile-save')),
    ];
    const first = { step: 0, action: 0 };
    const kept = (ref: TargetRef) => (ref.target === 'card-holder-input' ? 'Camille Morel' : '');
    const emptied = () => '';
    expect(judgeTyping(fields, first, control('card-label-input'), 'Work', kept)).toEqual({
      kind: 'advance',
      to: { step: 2, action: 0 },
    });
    expect(judgeTyping(fields, first, control('card-label-input'), 'Work', emptied)).toEqual({ kind: 'allow' });
    expect(judgeTyping(fields, first, control('card-label-input'), '', kept)).toEqual({ kind: 'allow' });
  });

  test('typing in a field a click step offers as another way does that step, and counts for the next', () => {
    const choosing = [
      step(click('customize-initials', { or: [{ on: on('customize-initials-input') }] })),
      step({ kind: 'type', on: on('customize-initials-input'), value: 'AM', accepts: (value) => value.length >= 2 }),
      step(click('customization-save')),
    ];
    const first = { step: 0, action: 0 };
    expect(judgeTyping(choosing, first, control('customize-initials-input'), 'AM')).toEqual({
      kind: 'advance',
      to: { step: 2, action: 0 },
    });
    // Not enough typed yet for the next step: the choice is made, the typing step waits.
    expect(judgeTyping(choosing, first, control('customize-initials-input'), 'A')).toEqual({
      kind: 'advance',
      to: { step: 1, action: 0 },
    });
    expect(judgeTyping(choosing, first, control('card-label-input'), 'AM')).toEqual({ kind: 'allow' });
  });

  test('the button after a field counts for both once what was typed works', () => {
    const typing = { step: 3, action: 1 };
    expect(judgeClick(steps, typing, control('ksuite-save'), () => '6')).toEqual({ kind: 'advance', to: 'done' });
    expect(judgeClick(steps, typing, control('ksuite-save'), () => '')).toEqual({ kind: 'hint' });
  });
});

describe('deep links', () => {
  const counts = (id: string) => ({ 'leave-organization': 6 })[id];

  test('reads the walkthrough and the step from #<id>-step-<n>', () => {
    expect(parseDeepLink('#leave-organization-step-3', counts)).toEqual({
      id: 'leave-organization',
      step: 2,
      action: 0,
    });
    expect(deepLink('leave-organization', 2)).toBe('#leave-organization-step-3');
  });

  test('ignores unknown walkthroughs, steps out of range and other fragments', () => {
    expect(parseDeepLink('#leave-organization-step-7', counts)).toBeNull();
    expect(parseDeepLink('#leave-organization-step-0', counts)).toBeNull();
    expect(parseDeepLink('#recovery-email-step-2', counts)).toBeNull();
    expect(parseDeepLink('#before-you-start', counts)).toBeNull();
    expect(parseDeepLink('', counts)).toBeNull();
  });
});

describe('resuming saved progress', () => {
  test('a saved progress that fits its script is resumed as it was', () => {
    expect(restoreProgress(saved(), findWalkthrough)).toEqual(saved());
    expect(decodeProgress(JSON.stringify(saved({ mode: 'show', step: 5, action: 1 })), findWalkthrough)).toEqual(
      saved({ mode: 'show', step: 5, action: 1 }),
    );
  });

  test('the refusal path resumes only where the script has one', () => {
    expect(restoreProgress(saved({ id: 'leave-organization', variant: 'refusal' }), findWalkthrough)?.variant).toBe(
      'refusal',
    );
    expect(restoreProgress(saved({ variant: 'refusal' }), findWalkthrough)).toBeNull();
  });

  test.each([
    ['broken JSON', '{"version":1,'],
    ['not an object', '"recovery-email"'],
    ['null', 'null'],
    ['another version', JSON.stringify(saved({ version: 2 as never }))],
    ['a walkthrough that no longer exists', JSON.stringify(saved({ id: 'fax-settings' }))],
    ['a step past the script (the script changed)', JSON.stringify(saved({ step: 6 }))],
    ['an action past the step', JSON.stringify(saved({ action: 4 }))],
    ['a negative step', JSON.stringify(saved({ step: -1 }))],
    ['a fractional step', JSON.stringify(saved({ step: 1.5 }))],
    ['an unknown mode', JSON.stringify(saved({ mode: 'watch' as never }))],
  ])('%s is discarded, without an error', (_, raw) => {
    expect(decodeProgress(raw, findWalkthrough)).toBeNull();
  });
});

test('the summary lists only the facts that changed, with their old value', () => {
  const before = [
    { label: 'Recovery Email', value: 'old@example.com' },
    { label: 'Login emails', value: 'Never' },
  ];
  const after = [
    { label: 'Recovery Email', value: 'new@example.com' },
    { label: 'Login emails', value: 'Never' },
  ];
  expect(changes(before, after)).toEqual([
    { label: 'Recovery Email', before: 'old@example.com', value: 'new@example.com' },
  ]);
});
