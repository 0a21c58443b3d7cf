import { describe, expect, test } from 'vitest';
import type { UsedControl } from '../../../src/manager/channel.ts';
import {
  abandonOf,
  freshMemory,
  reportTransition,
  type WalkthroughReport,
} from '../../../src/walkthroughs/insight-events.ts';
import { openWalkthrough, type RunnerEvent, type RunnerState, transition } from '../../../src/walkthroughs/runner.ts';
import { readWalkthroughs } from '../../fixtures/walkthrough-files.ts';

const script = readWalkthroughs().get('recovery-email');
if (!script) throw new Error('content/walkthroughs/recovery-email.yaml is gone');

const control = (target: string): UsedControl => ({ target, attributes: { 'data-target': target } });
const clicked = (target: string): RunnerEvent => ({
  type: 'control-activated',
  control: control(target),
  field: false,
  typed: () => null,
});

/** Plays events through the runner and the reporter, as the controller does; returns what was reported. */
function session(events: RunnerEvent[], mode: 'try' | 'show' = 'try') {
  const opened = openWalkthrough(script as NonNullable<typeof script>, { mode }, null);
  let state: RunnerState = opened.state;
  let memory = freshMemory();
  const reports: WalkthroughReport[] = [];
  const apply = (event: RunnerEvent) => {
    const next = transition(state, event).state;
    const result = reportTransition(memory, state, event, next);
    memory = result.memory;
    reports.push(...result.reports);
    state = next;
  };
  apply({ type: 'sandbox-started' });
  apply({ type: 'account-reset', run: state.run, before: [] });
  apply({ type: 'replayed', run: state.run });
  for (const event of events)
    apply(typeof event === 'function' ? (event as (s: RunnerState) => RunnerEvent)(state) : event);
  return { reports, state, memory };
}

describe('what a walkthrough tells the insights', () => {
  test('a start with its mode and the first step; then each step reached, once', () => {
    const { reports } = session([{ type: 'acknowledged' }, clicked('profile-menu'), clicked('manage-my-profile')]);
    expect(reports).toEqual([
      { action: 'start', mode: 'try' },
      { action: 'step', step: 1 },
      { action: 'step', step: 2 },
      { action: 'step', step: 3 },
      { action: 'step', step: 4 },
    ]);
  });

  test('a wrong click is counted on its step, each time', () => {
    const { reports } = session([{ type: 'acknowledged' }, clicked('manage-security'), clicked('sidebar-domains')]);
    expect(reports.filter((report) => report.action === 'wrong')).toEqual([
      { action: 'wrong', step: 2 },
      { action: 'wrong', step: 2 },
    ]);
  });

  test('leaving before the end is an abandon at the step the reader was on; after it, nothing more', () => {
    const { state, memory } = session([{ type: 'acknowledged' }, clicked('profile-menu')]);
    expect(abandonOf(memory, state)).toEqual({ action: 'abandon', step: 3 });
    expect(abandonOf({ ...memory, ended: true }, state)).toBeUndefined();
  });

  test('nothing of what the reader typed is ever in a report', () => {
    const typed: RunnerEvent = {
      type: 'field-edited',
      control: control('recovery-email-input'),
      value: 'secret@reader.example',
      committed: true,
      typed: () => 'secret@reader.example',
    };
    const { reports } = session([{ type: 'acknowledged' }, typed]);
    expect(JSON.stringify(reports)).not.toContain('secret');
  });

  test('the refusal path counts once, as itself, and makes no funnel', () => {
    const leave = readWalkthroughs().get('leave-organization');
    if (!leave?.refusal) throw new Error('content/walkthroughs/leave-organization.yaml has no refusal path any more');
    const opened = openWalkthrough(leave, { mode: 'try', variant: 'refusal' }, null);
    let state = opened.state;
    let memory = freshMemory();
    const reports: WalkthroughReport[] = [];
    for (const event of [
      { type: 'sandbox-started' },
      { type: 'account-reset', run: 1, before: [] },
      { type: 'replayed', run: 1 },
      { type: 'acknowledged' },
    ] as RunnerEvent[]) {
      const next = transition(
        state,
        event.type === 'account-reset' || event.type === 'replayed' ? { ...event, run: state.run } : event,
      ).state;
      const result = reportTransition(memory, state, event, next);
      memory = result.memory;
      reports.push(...result.reports);
      state = next;
    }
    expect(state.variant).toBe('refusal');
    expect(reports).toEqual([{ action: 'refusal' }]);
    expect(abandonOf(memory, state)).toBeUndefined();
  });
});
