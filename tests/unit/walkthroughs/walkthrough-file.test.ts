import { describe, expect, test } from 'vitest';
import { readWalkthroughFile } from '../../../src/content/walkthrough-file.ts';

const read = (source: string) => readWalkthroughFile('content/walkthroughs/practice.yaml', 'practice', source);
const errorsOf = (source: string) => read(source).errors.join('\n');

const valid = `start: dashboard
steps:
  - name: log-in
    next: true
  - name: open-menu
    click: profile-menu
  - name: open-profile
    click: manage-my-profile
ends-on: profile
`;

describe('a walkthrough file that is wrong says which file, which line, and how to fix it', () => {
  test('a valid file reads into steps by name, with nothing to fix', () => {
    const { walkthrough, errors } = read(valid);
    expect(errors).toEqual([]);
    expect(walkthrough?.steps.map((step) => step.name)).toEqual(['log-in', 'open-menu', 'open-profile']);
  });

  test('a target the Manager does not have', () => {
    const errors = errorsOf(valid.replace('click: profile-menu', 'click: profile-menuu'));
    expect(errors).toContain('content/walkthroughs/practice.yaml:6: steps → 1 → click: the target must be one of:');
    expect(errors).toContain('Targets are listed in src/manager/targets.ts.');
  });

  test('a check that is not a validator', () => {
    const errors = errorsOf(
      `${valid}outcome: {}
`.replace('click: manage-my-profile', 'type: recovery-email-input\n    value: a@b.ch\n    check: mail'),
    );
    expect(errors).toContain('practice.yaml:10: steps → 2 → check: check must be one of: anything, filled, email');
  });

  test('continues-at naming a step that does not exist', () => {
    const errors = errorsOf(
      valid.replace(
        'click: profile-menu',
        'click: profile-menu\n    or: [{ click: sidebar-home, continues-at: open-profiles }]',
      ),
    );
    expect(errors).toContain(
      'practice.yaml:7: steps → 1 → or: continues-at: "open-profiles" is not a step of this walkthrough',
    );
    expect(errors).toContain('use one of log-in, open-menu, open-profile');
  });

  test('a refusal step that is not one of the steps', () => {
    const errors = errorsOf(`${valid}refusal:
  offer: walkthrough.offer.leaveRefused
  return-offer: walkthrough.offer.leaveAllowed
  steps:
    open-the-menu: { click: profile-menu }
`);
    expect(errors).toContain('practice.yaml:14: refusal → steps → open-the-menu: there is no step "open-the-menu"');
  });

  test('two steps with one name, a step without an action, a fact that does not exist', () => {
    expect(errorsOf(valid.replace('name: open-profile', 'name: open-menu'))).toContain(
      'practice.yaml:7: steps → 2 → name: two steps are named "open-menu"',
    );
    expect(errorsOf(valid.replace('    click: manage-my-profile\n', ''))).toContain(
      'practice.yaml:7: steps → 2: each action is one of: "click: <target>"',
    );
    expect(errorsOf(valid.replace('ends-on: profile', 'outcome:\n  recovery-mail: { is: a@b.ch }'))).toContain(
      'practice.yaml:10: outcome → recovery-mail: "recovery-mail" is not a fact. a fact must be one of: recovery-email,',
    );
  });

  test('a file that says nothing of what it leaves cannot be checked, and says so', () => {
    expect(errorsOf(valid.replace('ends-on: profile\n', ''))).toContain(
      'say what the walkthrough leaves, so it can be checked',
    );
  });

  test('YAML that does not parse', () => {
    expect(errorsOf(`${valid}  - name: [broken\n`)).toMatch(/practice\.yaml:\d+: this is not valid YAML/);
  });
});
