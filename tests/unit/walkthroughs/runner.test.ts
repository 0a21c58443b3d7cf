import { describe, expect, test } from 'vitest';
import type { UsedControl } from '../../../src/manager/channel.ts';
import type { Fact } from '../../../src/walkthroughs/facts.ts';
import {
  type Effect,
  openWalkthrough,
  type RunnerEvent,
  type RunnerState,
  type StartRequest,
  showDelay,
  transition,
  typingPause,
} from '../../../src/walkthroughs/runner.ts';
import type { Walkthrough } from '../../../src/walkthroughs/script.ts';
import { readWalkthroughs } from '../../fixtures/walkthrough-files.ts';

const files = readWalkthroughs();
const walkthrough = (id: string): Walkthrough => {
  const found = files.get(id);
  if (!found) throw new Error(`content/walkthroughs/${id}.yaml is gone`);
  return found;
};

const control = (target: string, attributes: Record<string, string> = {}): UsedControl => ({
  target,
  attributes: { 'data-target': target, ...attributes },
});
const nothingTyped = () => null;
const clicked = (target: string, attributes?: Record<string, string>): RunnerEvent => ({
  type: 'control-activated',
  control: control(target, attributes),
  field: false,
  typed: nothingTyped,
});
const fact = (text: string): Fact => ({ name: 'recovery-email', label: 'Recovery email', value: text, text });

/** Plays events from a state, keeping every effect asked for on the way. */
function play(from: RunnerState, ...events: RunnerEvent[]) {
  let state = from;
  const effects: Effect[] = [];
  for (const event of events) {
    const next = transition(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

/** Opens a walkthrough and runs the preparation as the controller would report it. */
function running(id: string, request: StartRequest = { mode: 'try' }, saved: unknown = null, before: Fact[] = []) {
  const opened = openWalkthrough(walkthrough(id), request, saved);
  expect(opened.effects).toEqual([{ type: 'start-sandbox' }]);
  const started = play(opened.state, { type: 'sandbox-started' });
  const run = started.state.run;
  expect(started.effects).toContainEqual({ type: 'reset-account', run, variant: started.state.variant });
  const reset = play(started.state, { type: 'account-reset', run, before });
  expect(reset.effects).toContainEqual({
    type: 'replay',
    run,
    variant: reset.state.variant,
    target: reset.state.target,
  });
  return play(reset.state, { type: 'replayed', run });
}

const at = (state: RunnerState) => state.position;
const progressSaved = (effects: Effect[]) =>
  effects.filter((effect) => effect.type === 'save-progress').map((effect) => effect.progress);

describe('opening a walkthrough', () => {
  test('starts at the first step, and saves where the reader is once the Manager is ready', () => {
    const { state, effects } = running('recovery-email');
    expect(state.phase).toBe('running');
    expect(at(state)).toEqual({ step: 0, action: 0 });
    expect(progressSaved(effects)).toEqual([
      { version: 1, id: 'recovery-email', variant: 'main', mode: 'try', step: 0, action: 0 },
    ]);
  });

  test('a deep link prepares the Manager for its step: the earlier actions are replayed', () => {
    const opened = openWalkthrough(
      walkthrough('leave-organization'),
      { mode: 'try', position: { step: 3, action: 0 } },
      null,
    );
    const { state } = running('leave-organization', { mode: 'try', position: { step: 3, action: 0 } });
    expect(opened.state.target).toEqual({ step: 3, action: 0 });
    expect(at(state)).toEqual({ step: 3, action: 0 });
  });

  test('a reload resumes the saved step, mode and path', () => {
    const saved = { version: 1, id: 'leave-organization', variant: 'refusal', mode: 'show', step: 4, action: 0 };
    const { state } = running('leave-organization', { mode: 'try', resume: true }, saved);
    expect(state).toMatchObject({ variant: 'refusal', mode: 'show', position: { step: 4, action: 0 } });
  });

  test.each([
    ['broken', '{"version":1,'],
    ['of another walkthrough', { version: 1, id: 'delete-account', variant: 'main', mode: 'try', step: 2, action: 0 }],
    [
      'past the steps (the file changed)',
      { version: 1, id: 'recovery-email', variant: 'main', mode: 'try', step: 9, action: 0 },
    ],
    [
      'on a refusal path the walkthrough does not have',
      { version: 1, id: 'recovery-email', variant: 'refusal', mode: 'try', step: 1, action: 0 },
    ],
  ])('a corrupted progress (%s) starts at the beginning, in Try it', (_, saved) => {
    const { state } = running('recovery-email', { mode: 'try', resume: true }, saved);
    expect(state).toMatchObject({ phase: 'running', variant: 'main', mode: 'try', position: { step: 0, action: 0 } });
  });

  test('a sandbox that fails to start can be retried', () => {
    const opened = openWalkthrough(walkthrough('recovery-email'), { mode: 'try' }, null);
    const failed = play(opened.state, { type: 'sandbox-failed' });
    expect(failed.state.phase).toBe('failed');
    expect(play(failed.state, { type: 'retried' }).effects).toEqual([{ type: 'start-sandbox' }]);
  });

  test('a jump while the sandbox is still starting is where the walkthrough then begins', () => {
    const opened = openWalkthrough(walkthrough('recovery-email'), { mode: 'try' }, null);
    expect(opened.state.phase).toBe('starting');
    const jumped = play(opened.state, { type: 'jumped', step: 4 });
    expect(jumped.effects).toEqual([]);
    const started = play(jumped.state, { type: 'sandbox-started' });
    expect(started.state).toMatchObject({ phase: 'preparing', target: { step: 4, action: 0 } });
    const run = started.state.run;
    const ready = play(started.state, { type: 'account-reset', run, before: [] }, { type: 'replayed', run });
    expect(ready.state).toMatchObject({ phase: 'running', position: { step: 4, action: 0 } });
  });

  test('an answer of an older preparation is ignored', () => {
    const { state } = running('recovery-email');
    const jumped = play(state, { type: 'jumped', step: 4 });
    expect(play(jumped.state, { type: 'replayed', run: state.run }).state.phase).toBe('preparing');
  });
});

describe('Try it: the reader’s clicks and typing, as the Manager reports them', () => {
  test('the step’s control moves on; another one is stopped with a hint', () => {
    const { state } = running('recovery-email');
    const acknowledged = play(state, { type: 'acknowledged' });
    expect(at(acknowledged.state)).toEqual({ step: 1, action: 0 });
    const wrong = play(acknowledged.state, clicked('products-menu'));
    expect(wrong.effects).toEqual([{ type: 'stop-event' }]);
    expect(wrong.state.hint).toBe('walkthrough.hint.elsewhere');
    const right = play(wrong.state, clicked('profile-menu'));
    expect(at(right.state)).toEqual({ step: 2, action: 0 });
    expect(right.state.hint).toBeNull();
    expect(right.effects).not.toContainEqual({ type: 'stop-event' });
  });

  test('clicking into a field is never a wrong step; clicks while preparing are stopped', () => {
    const { state } = running('recovery-email');
    expect(play(state, { ...clicked('recovery-email-input'), field: true } as RunnerEvent).effects).toEqual([]);
    const preparing = play(state, { type: 'went-back' }, { type: 'jumped', step: 2 }).state;
    expect(play(preparing, clicked('profile-menu')).effects).toEqual([{ type: 'stop-event' }]);
  });

  test('typing a value that works moves on after a pause; changing it to one that does not forgets it', () => {
    const { state } = running('recovery-email', { mode: 'try', position: { step: 5, action: 0 } });
    const typing = (value: string): RunnerEvent => ({
      type: 'field-edited',
      control: control('recovery-email-input'),
      value,
      committed: false,
      typed: nothingTyped,
    });
    const typed = play(state, typing('camille@example.com'));
    expect(typed.effects).toEqual([{ type: 'start-timer', name: 'typing', ms: typingPause }]);
    const undone = play(typed.state, typing('camille@'));
    expect(undone.effects).toEqual([{ type: 'cancel-timer', name: 'typing' }]);
    expect(at(play(undone.state, { type: 'timer', name: 'typing' }).state)).toEqual({ step: 5, action: 0 });
    const paused = play(typed.state, { type: 'timer', name: 'typing' });
    expect(at(paused.state)).toEqual({ step: 5, action: 1 });
    expect(paused.state.typedLast).toBe(true);
  });

  test('closing the menu before choosing in it goes back to the button that opens it', () => {
    const { state } = running('newsletter-themes', { mode: 'try', position: { step: 1, action: 0 } });
    const opened = play(state, clicked('profile-menu'), { type: 'panel-opened' });
    expect(at(opened.state)).toEqual({ step: 1, action: 1 });
    expect(at(play(opened.state, { type: 'panel-closed' }).state)).toEqual({ step: 1, action: 0 });
    // Choosing in the menu closes it too: that is the step done, not undone.
    const chosen = play(opened.state, clicked('manage-my-profile'), { type: 'panel-closed' });
    expect(at(chosen.state)).toEqual({ step: 2, action: 0 });
  });
});

describe('the end: the Manager tells how the last action went', () => {
  const lastClick = (state: RunnerState) =>
    play(state, {
      type: 'control-activated',
      control: control('recovery-email-save'),
      field: false,
      typed: () => 'new@example.com',
    });

  test('a saved change is read from the account and summed up', () => {
    const before = [fact('old@example.com')];
    const { state } = running('recovery-email', { mode: 'try', position: { step: 5, action: 0 } }, null, before);
    const checking = lastClick(state);
    expect(checking.state.phase).toBe('checking');
    const saved = play(checking.state, { type: 'call-started' }, { type: 'call-succeeded' });
    expect(saved.effects).toContainEqual({ type: 'read-facts', run: state.run });
    const done = play(saved.state, { type: 'facts-read', run: state.run, facts: [fact('new@example.com')] });
    expect(done.state.phase).toBe('done');
    expect(done.state.outcome?.changes.map((change) => [change.before, change.text])).toEqual([
      ['old@example.com', 'new@example.com'],
    ]);
    expect(progressSaved(done.effects)).toEqual([null]);
  });

  test('on the main path, a refusal goes back to the typing with a hint', () => {
    const { state } = running('recovery-email', { mode: 'try', position: { step: 5, action: 0 } });
    const refused = play(
      lastClick(state).state,
      { type: 'call-started' },
      {
        type: 'call-refused',
        code: 'invalid-input',
        message: ['Check the address.'],
      },
    );
    expect(refused.state).toMatchObject({
      phase: 'running',
      position: { step: 5, action: 0 },
      hint: 'walkthrough.hint.notAccepted',
    });
  });

  test('on the refusal path, the refusal is the outcome, in the Manager’s own words', () => {
    const opened = openWalkthrough(
      walkthrough('delete-account'),
      { mode: 'try', variant: 'refusal', position: { step: 4, action: 1 } },
      null,
    );
    expect(opened.state.variant).toBe('refusal');
    const { state } = running('delete-account', { mode: 'try', variant: 'refusal', position: { step: 4, action: 1 } });
    const done = play(
      state,
      clicked('confirm-delete-account'),
      { type: 'call-started' },
      {
        type: 'call-refused',
        code: 'only-account-of-organization',
        message: ['You are the only account of Atelier Morel.'],
      },
    );
    expect(done.state.phase).toBe('done');
    expect(done.state.outcome).toEqual({ changes: [], refusal: ['You are the only account of Atelier Morel.'] });
    expect(done.state.outcome?.refusal).not.toBeNull();
  });

  test('a walkthrough that changes nothing ends at its last action', () => {
    const { state } = running('open-customization', { mode: 'try', position: { step: 2, action: 0 } });
    expect(play(state, clicked('sidebar-customization')).state.phase).toBe('done');
  });

  test('when no call comes to save, the account is read at the deadline', () => {
    const { state } = running('recovery-email', { mode: 'try', position: { step: 5, action: 0 } });
    expect(play(lastClick(state).state, { type: 'timer', name: 'outcome' }).effects).toContainEqual({
      type: 'read-facts',
      run: state.run,
    });
  });
});

describe('Show me: plays by itself, pauses and plays again', () => {
  test('each action comes after a pause; Pause stops it, Play goes on', () => {
    const { state, effects } = running('recovery-email', { mode: 'show' });
    expect(effects).toContainEqual({ type: 'start-timer', name: 'show', ms: showDelay });
    const performing = play(state, { type: 'timer', name: 'show' });
    expect(performing.effects).toEqual([
      { type: 'perform', run: state.run, variant: 'main', position: { step: 0, action: 0 } },
    ]);
    const performed = play(performing.state, {
      type: 'performed',
      run: state.run,
      position: { step: 0, action: 0 },
      ok: true,
    });
    expect(at(performed.state)).toEqual({ step: 1, action: 0 });
    const paused = play(performed.state, { type: 'pause-toggled' });
    expect(paused.effects).toEqual([{ type: 'cancel-timer', name: 'show' }]);
    expect(play(paused.state, { type: 'timer', name: 'show' }).effects).toEqual([]);
    expect(play(paused.state, { type: 'pause-toggled' }).effects).toEqual([
      { type: 'start-timer', name: 'show', ms: showDelay },
    ]);
  });

  test('the reader’s clicks wait while it plays, and count once it is paused', () => {
    const { state } = running('recovery-email', { mode: 'show', position: { step: 1, action: 0 } });
    expect(play(state, clicked('profile-menu')).state.hint).toBe('walkthrough.hint.showing');
    expect(at(play(state, { type: 'pause-toggled' }, clicked('profile-menu')).state)).toEqual({ step: 2, action: 0 });
  });

  test('Pause closing the open menu takes the step back to the button that opens it, so Play finds its control', () => {
    const { state } = running('newsletter-themes', { mode: 'show', position: { step: 1, action: 0 } });
    const menu = play(
      state,
      { type: 'timer', name: 'show' },
      { type: 'performed', run: state.run, position: { step: 1, action: 0 }, ok: true },
      { type: 'panel-opened' },
      { type: 'pause-toggled' },
      { type: 'panel-closed' },
    );
    expect(menu.state).toMatchObject({ paused: true, position: { step: 1, action: 0 } });
    const played = play(menu.state, { type: 'pause-toggled' }, { type: 'timer', name: 'show' });
    expect(played.effects).toContainEqual({
      type: 'perform',
      run: state.run,
      variant: 'main',
      position: { step: 1, action: 0 },
    });
  });

  test('a control that does not come sets the step up again once, then waits for the reader', () => {
    const { state } = running('recovery-email', { mode: 'show', position: { step: 2, action: 0 } });
    const missing = { type: 'performed', run: state.run, position: { step: 2, action: 0 }, ok: false } as const;
    const again = play(state, missing);
    expect(again.state.phase).toBe('preparing');
    expect(again.state.target).toEqual({ step: 2, action: 0 });
    const reset = play(
      again.state,
      { type: 'account-reset', run: again.state.run, before: [] },
      { type: 'replayed', run: again.state.run },
    );
    const stillMissing = play(reset.state, { ...missing, run: again.state.run });
    expect(stillMissing.state).toMatchObject({ phase: 'running', paused: true });
  });
});
