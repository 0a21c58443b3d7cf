import { describe, expect, test } from 'vitest';
import type { UsedControl } from '../../../src/manager/channel.ts';
import { deepLink, parseDeepLink } from '../../../src/walkthroughs/deep-link.ts';
import {
  actionsBefore,
  changes,
  judgeClick,
  judgeTyping,
  nextPosition,
  type Progress,
  previousPosition,
  restoreProgress,
  startOfStep,
} from '../../../src/walkthroughs/engine.ts';
import type { TargetRef } from '../../../src/walkthroughs/script.ts';
import { readWalkthroughs, walkthroughFrom } from '../../fixtures/walkthrough-files.ts';

const control = (target: string | null, attributes: Record<string, string> = {}): UsedControl => ({
  target,
  attributes,
});

const script = walkthroughFrom(`
start: dashboard
steps:
  - { name: log-in, next: true }
  - name: open-products
    click: products-menu
    or: [{ click: sidebar-ksuite, continues-at: modify }]
  - { name: choose-ksuite, click: product-ksuite }
  - name: modify
    do:
      - click: ksuite-actions
      - { type: ksuite-users, value: 6, check: ksuite-users }
      - click: ksuite-save
outcome:
  ksuite-users: { is: 6 }
`);
const steps = script.steps;
const stepsOf = (source: string) => walkthroughFrom(`${source}ends-on: dashboard\n`).steps;
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

  test('steps back one action, into the previous step at a step’s start, and not past the first', () => {
    expect(previousPosition(steps, { step: 3, action: 2 })).toEqual({ step: 3, action: 1 });
    expect(previousPosition(steps, { step: 3, action: 0 })).toEqual({ step: 2, action: 0 });
    expect(previousPosition(steps, { step: 0, action: 0 })).toBeNull();
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

  test('the other way the guide offers skips to the step it names', () => {
    expect(judgeClick(steps, { step: 1, action: 0 }, control('sidebar-ksuite'))).toEqual({
      kind: 'advance',
      to: { step: 3, action: 0 },
    });
  });

  test('an acknowledge step is never done by clicking in the Manager', () => {
    expect(judgeClick(steps, { step: 0, action: 0 }, control('products-menu'))).toEqual({ kind: 'hint' });
  });

  test('attributes pick one of several controls with the same target', () => {
    const themed = stepsOf(`
start: newsletter
steps:
  - { name: toggle, click: { target: newsletter-theme-toggle, where: { data-theme: events } } }
`);
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
    expect(judgeTyping(steps, typing, control('ksuite-users'), 'six')).toEqual({ kind: 'allow' });
    expect(judgeTyping(steps, typing, control('ksuite-users'), '6')).toEqual({
      kind: 'advance',
      to: { step: 3, action: 2 },
    });
    expect(judgeClick(steps, typing, control('ksuite-users'))).toEqual({ kind: 'allow' });
  });

  test('a field already holding a value that works may be kept: the next field counts for both', () => {
    const fields = stepsOf(`
start: payment-profiles
steps:
  - { name: holder, type: card-holder-input, value: Camille, check: filled }
  - { name: label, type: card-label-input, value: Work, check: filled }
  - { name: save, click: payment-profile-save }
`);
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
    const choosing = stepsOf(`
start: customization
steps:
  - { name: choose, click: customize-initials, or: [customize-initials-input] }
  - { name: initials, type: customize-initials-input, value: AM, check: initials }
  - { name: save, click: customization-save }
`);
    const first = { step: 0, action: 0 };
    expect(judgeTyping(choosing, first, control('customize-initials-input'), 'AM')).toEqual({
      kind: 'advance',
      to: { step: 2, action: 0 },
    });
    // Not enough typed yet for the next step: the choice is made, the typing step waits.
    expect(judgeTyping(choosing, first, control('customize-initials-input'), 'A.M.')).toEqual({
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
  const files = readWalkthroughs();
  const recoveryEmail = files.get('recovery-email');
  const leaveOrganization = files.get('leave-organization');
  if (!recoveryEmail || !leaveOrganization) throw new Error('content/walkthroughs/ lost a file these tests use');

  test('a saved progress that fits its walkthrough is resumed as it was', () => {
    expect(restoreProgress(saved(), recoveryEmail)).toEqual(saved());
    expect(restoreProgress(saved({ mode: 'show', step: 5, action: 1 }), recoveryEmail)).toEqual(
      saved({ mode: 'show', step: 5, action: 1 }),
    );
  });

  test('the refusal path resumes only where the walkthrough has one', () => {
    expect(restoreProgress(saved({ id: 'leave-organization', variant: 'refusal' }), leaveOrganization)?.variant).toBe(
      'refusal',
    );
    expect(restoreProgress(saved({ variant: 'refusal' }), recoveryEmail)).toBeNull();
  });

  test.each([
    ['not an object', 'recovery-email'],
    ['null', null],
    ['another version', saved({ version: 2 as never })],
    ['another walkthrough', saved({ id: 'leave-organization' })],
    ['a step past the walkthrough (the file changed)', saved({ step: 6 })],
    ['an action past the step', saved({ action: 4 })],
    ['a negative step', saved({ step: -1 })],
    ['a fractional step', saved({ step: 1.5 })],
    ['an unknown mode', saved({ mode: 'watch' as never })],
  ])('%s is discarded, without an error', (_, value) => {
    expect(restoreProgress(value, recoveryEmail)).toBeNull();
  });
});

test('the summary lists only the facts that changed, with their old text', () => {
  const fact = (name: 'recovery-email' | 'login-alerts', text: string) => ({ name, label: name, value: text, text });
  const before = [fact('recovery-email', 'old@example.com'), fact('login-alerts', 'Never')];
  const after = [fact('recovery-email', 'new@example.com'), fact('login-alerts', 'Never')];
  expect(changes(before, after)).toEqual([{ ...fact('recovery-email', 'new@example.com'), before: 'old@example.com' }]);
});
