/**
 * The walkthrough as one pure transition: what the reader did, what the Manager reported, which
 * timer went off or what an effect found go in; the next state and the effects to run come out.
 * No DOM, no timers, no API here: the controller (src/stores/walkthrough-runner.ts) runs the effects
 * and feeds their results back as events, so every path can be tested by calling transition().
 */
import {
  actionAt,
  changes,
  judgeClick,
  judgeTyping,
  nextPosition,
  type Position,
  type Progress,
  previousPosition,
  progressVersion,
  startOfStep,
  stepsOf,
} from './engine.ts';
import {
  type Effect,
  type Outcome,
  outcomeDeadline,
  type RunnerEvent,
  type RunnerHint,
  type RunnerState,
  showDelay,
  type TimerName,
  type Transition,
  typingPause,
} from './runner-state.ts';
import { factsOf } from './script.ts';

export * from './runner-state.ts';

const start: Position = { step: 0, action: 0 };

const progressOf = (state: RunnerState, position = state.position): Progress => ({
  version: progressVersion,
  id: state.script.id,
  variant: state.variant,
  mode: state.mode,
  ...position,
});

const showing = (state: RunnerState) => state.phase === 'running' && state.mode === 'show' && !state.paused;
const cancelTimers: Effect[] = (['show', 'typing', 'outcome'] as const).map((name) => ({ type: 'cancel-timer', name }));

/** Show me goes on by itself: the next action after a pause, while it plays. */
const keepShowing = (state: RunnerState): Effect[] =>
  showing(state) ? [{ type: 'start-timer', name: 'show', ms: showDelay }] : [{ type: 'cancel-timer', name: 'show' }];

/** A fresh practice account and Manager, set up for `target` (in `variant`). */
function prepare(state: RunnerState, target: Position, variant = state.variant): Transition {
  const run = state.run + 1;
  const next: RunnerState = {
    ...state,
    phase: 'preparing',
    variant,
    target,
    run,
    paused: false,
    hint: null,
    outcome: null,
    typing: null,
    panelAt: null,
    saving: false,
  };
  return { state: next, effects: [...cancelTimers, { type: 'reset-account', run, variant }] };
}

/** The reader (or Show me) did the current action: on to `to`, or the outcome once the last one is done. */
function advance(state: RunnerState, to: Position | 'done', typed = false): Transition {
  const base = { ...state, typing: null, typedLast: typed, hint: null };
  if (to !== 'done') {
    const next = { ...base, position: to, saving: false };
    return { state: next, effects: [{ type: 'save-progress', progress: progressOf(next) }, ...keepShowing(next)] };
  }
  if (factsOf(state.script).length === 0) return complete(base, { changes: [], refusal: null });
  return {
    state: { ...base, phase: 'checking' },
    effects: [
      { type: 'cancel-timer', name: 'show' },
      { type: 'start-timer', name: 'outcome', ms: outcomeDeadline },
    ],
  };
}

function complete(state: RunnerState, outcome: Outcome): Transition {
  return {
    state: { ...state, phase: 'done', outcome, saving: false, panelAt: null },
    effects: [...cancelTimers, { type: 'save-progress', progress: null }],
  };
}

/** A click or a typing of the reader in the Manager is judged only while the walkthrough waits for them. */
function readerMayAct(state: RunnerState) {
  return state.phase === 'running' && (state.mode === 'try' || state.paused);
}

/** The next state and the effects, for one event. */
export function transition(state: RunnerState, event: RunnerEvent): Transition {
  const steps = stepsOf(state.script, state.variant);
  const same = { state, effects: [] };
  switch (event.type) {
    case 'sandbox-started':
      return state.phase === 'starting' ? prepare(state, state.target) : same;
    case 'sandbox-failed':
      return { state: { ...state, phase: 'failed' }, effects: [] };
    case 'retried':
      return state.phase === 'failed'
        ? { state: { ...state, phase: 'starting' }, effects: [{ type: 'start-sandbox' }] }
        : same;
    case 'account-reset':
      if (event.run !== state.run) return same;
      return {
        state: { ...state, before: event.before, managerKey: state.run },
        effects: [{ type: 'replay', run: state.run, variant: state.variant, target: state.target }],
      };
    case 'reset-failed':
      return event.run === state.run ? { state: { ...state, phase: 'failed' }, effects: [] } : same;
    case 'replayed': {
      if (event.run !== state.run || state.phase !== 'preparing') return same;
      const next: RunnerState = {
        ...state,
        phase: 'running',
        position: state.target,
        hint: null,
        typedLast: false,
        saving: false,
      };
      return { state: next, effects: [{ type: 'save-progress', progress: progressOf(next) }, ...keepShowing(next)] };
    }
    case 'timer':
      return onTimer(state, event.name);
    case 'performed': {
      if (event.run !== state.run || state.phase !== 'running') return same;
      if (event.position.step !== state.position.step || event.position.action !== state.position.action) return same;
      if (event.ok) return advance({ ...state, replayedStep: null }, nextPosition(steps, state.position));
      // The control is gone (e.g. pausing closed an open menu): set the step up again from its start,
      // once; if that does not bring it back, wait for the reader.
      if (state.replayedStep === state.position.step) return { state: { ...state, paused: true }, effects: [] };
      return prepare({ ...state, replayedStep: state.position.step }, startOfStep(steps, state.position.step));
    }
    case 'facts-read':
      if (event.run !== state.run || state.phase !== 'checking') return same;
      return complete(state, { changes: changes(state.before, event.facts), refusal: null });
    case 'acknowledged':
      if (state.phase !== 'running' || actionAt(steps, state.position)?.kind !== 'acknowledge') return same;
      return advance(state, nextPosition(steps, state.position));
    case 'jumped': {
      const target = startOfStep(steps, event.step);
      if (state.phase === 'failed') return same;
      // Still starting the sandbox: the preparation that follows goes to that step (a click on the
      // guide's list while the Manager loads is not lost).
      if (state.phase === 'starting') return { state: { ...state, target, position: target }, effects: [] };
      return prepare(state, target);
    }
    case 'went-back': {
      if (state.phase !== 'running') return same;
      const { step, action } = state.position;
      return prepare(state, startOfStep(steps, action > 0 ? step : step - 1));
    }
    case 'restarted':
      return state.phase === 'starting' || state.phase === 'failed'
        ? same
        : prepare(
            state,
            start,
            event.variant === 'refusal' && !state.script.refusal ? 'main' : (event.variant ?? state.variant),
          );
    case 'mode-chosen': {
      const next = { ...state, mode: event.mode, paused: false };
      const saving: Effect[] = state.phase === 'running' ? [{ type: 'save-progress', progress: progressOf(next) }] : [];
      return { state: next, effects: [...saving, ...keepShowing(next)] };
    }
    case 'pause-toggled': {
      const next = { ...state, paused: !state.paused };
      return { state: next, effects: keepShowing(next) };
    }
    case 'control-activated':
      return onControl(state, event);
    case 'field-edited':
      return onTyping(state, event);
    // Menus and dialogs the replay opens and closes while preparing are not the reader's.
    case 'panel-opened':
      return state.phase === 'running' ? { state: { ...state, panelAt: state.position }, effects: [] } : same;
    case 'panel-closed':
      return onPanelClosed(state);
    case 'call-started':
      if (state.phase !== 'running' && state.phase !== 'checking') return same;
      return { state: { ...state, saving: true }, effects: [{ type: 'cancel-timer', name: 'outcome' }] };
    case 'call-succeeded':
      if (state.phase !== 'checking') return { state: { ...state, saving: false }, effects: [] };
      return state.saving ? { state, effects: [{ type: 'read-facts', run: state.run }] } : same;
    case 'call-refused':
      return onRefusal(state, event.message);
  }
}

function onTimer(state: RunnerState, name: TimerName): Transition {
  if (name === 'show' && showing(state)) {
    return { state, effects: [{ type: 'perform', run: state.run, variant: state.variant, position: state.position }] };
  }
  if (name === 'typing' && state.typing && readerMayAct(state)) {
    const { at, to } = state.typing;
    if (at.step !== state.position.step || at.action !== state.position.action)
      return { state: { ...state, typing: null }, effects: [] };
    return advance(state, to, true);
  }
  // No call came to save the last action: what the account says now is the outcome.
  if (name === 'outcome' && state.phase === 'checking' && !state.saving) {
    return { state, effects: [{ type: 'read-facts', run: state.run }] };
  }
  return { state, effects: [] };
}

function onControl(state: RunnerState, event: Extract<RunnerEvent, { type: 'control-activated' }>): Transition {
  const stop = (hint: RunnerHint): Transition => ({ state: { ...state, hint }, effects: [{ type: 'stop-event' }] });
  if (state.phase !== 'running') return stop('walkthrough.preparing');
  if (!readerMayAct(state)) return stop('walkthrough.hint.showing');
  // Clicking into a field to type in it is never a wrong step.
  if (event.field) return { state, effects: [] };
  const steps = stepsOf(state.script, state.variant);
  const verdict = judgeClick(steps, state.position, event.control, event.typed);
  if (verdict.kind === 'allow') return { state, effects: [] };
  if (verdict.kind === 'hint') return stop('walkthrough.hint.elsewhere');
  return advance(state, verdict.to);
}

function onTyping(state: RunnerState, event: Extract<RunnerEvent, { type: 'field-edited' }>): Transition {
  if (!readerMayAct(state)) return { state, effects: [] };
  const steps = stepsOf(state.script, state.variant);
  const verdict = judgeTyping(steps, state.position, event.control, event.value, event.typed);
  if (verdict.kind !== 'advance') {
    // What the reader typed no longer does the step: a typing that did is forgotten.
    return state.typing
      ? { state: { ...state, typing: null }, effects: [{ type: 'cancel-timer', name: 'typing' }] }
      : { state, effects: [] };
  }
  return {
    state: { ...state, typing: { at: state.position, to: verdict.to } },
    effects: [{ type: 'start-timer', name: 'typing', ms: event.committed ? 0 : typingPause }],
  };
}

/**
 * A menu or dialog closed before the reader did what the step asks inside it (Esc, a click
 * elsewhere, Pause): back to the action that opens it, so the spotlight is never on nothing.
 */
function onPanelClosed(state: RunnerState): Transition {
  const opened = state.panelAt;
  if (state.phase !== 'running' || !opened) return { state, effects: [] };
  const still = opened.step === state.position.step && opened.action === state.position.action;
  if (!still) return { state: { ...state, panelAt: null }, effects: [] };
  const back = previousPosition(stepsOf(state.script, state.variant), state.position);
  if (!back) return { state: { ...state, panelAt: null }, effects: [] };
  const next = { ...state, panelAt: null, position: back, typing: null };
  return { state: next, effects: [{ type: 'save-progress', progress: progressOf(next) }, ...keepShowing(next)] };
}

/** The Manager refused the last action: the refusal path ends there; the main path goes back to what can fix it. */
function onRefusal(state: RunnerState, message: readonly string[]): Transition {
  if (state.phase !== 'checking' || !state.saving) return { state: { ...state, saving: false }, effects: [] };
  if (state.variant === 'refusal') return complete(state, { changes: [], refusal: message });
  // Not what the guide expects (e.g. a wrong password): back to the step's typing, or its start.
  const steps = stepsOf(state.script, state.variant);
  const { step } = state.position;
  const typing = (steps[step]?.actions ?? []).map((action) => action.kind).lastIndexOf('type');
  const next: RunnerState = {
    ...state,
    phase: 'running',
    saving: false,
    position: { step, action: Math.max(0, typing) },
    hint: 'walkthrough.hint.notAccepted',
  };
  return {
    state: next,
    effects: [
      { type: 'cancel-timer', name: 'outcome' },
      { type: 'save-progress', progress: progressOf(next) },
      ...keepShowing(next),
    ],
  };
}
