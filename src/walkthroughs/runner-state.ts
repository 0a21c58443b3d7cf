/**
 * What the walkthrough runner works on: its state, the events it takes, the effects it asks for,
 * and the state a walkthrough opens in. The transition itself is in runner.ts.
 */
import type { ClientErrorCode } from '../api/client-error.ts';
import type { UsedControl } from '../manager/channel.ts';
import {
  actionAt,
  type Mode,
  type Position,
  type Progress,
  restoreProgress,
  startOfStep,
  stepsOf,
  type Variant,
} from './engine.ts';
import type { Fact } from './facts.ts';
import type { TargetRef, Walkthrough } from './script.ts';

export type Phase = 'starting' | 'failed' | 'preparing' | 'running' | 'checking' | 'done';

/** The line under the step's text when something did not go as the step asks. */
export type RunnerHint =
  | 'walkthrough.preparing'
  | 'walkthrough.hint.showing'
  | 'walkthrough.hint.elsewhere'
  | 'walkthrough.hint.notAccepted';

export interface Outcome {
  changes: Array<Fact & { before: string }>;
  /** What the Manager said when it refused (the refusal path), line by line, in the reader's language. */
  refusal: readonly string[] | null;
}

export type TimerName = 'show' | 'typing' | 'outcome';

/** Show me: the pause between two actions, long enough to follow. */
export const showDelay = 1100;
/** Try it: how long the reader may pause while typing before the walkthrough moves on. */
export const typingPause = 500;
/** After the last action, how long the Manager may take to start saving before the account is read anyway. */
export const outcomeDeadline = 10_000;

export interface RunnerState {
  script: Walkthrough;
  phase: Phase;
  variant: Variant;
  mode: Mode;
  position: Position;
  paused: boolean;
  hint: RunnerHint | null;
  outcome: Outcome | null;
  /** Counts the preparations: results of an older one are ignored. Also the key of the Manager shown. */
  run: number;
  /** The Manager on screen belongs to this preparation (a new one is mounted once the account is reset). */
  managerKey: number;
  /** Where the current preparation leads. */
  target: Position;
  /** The facts before the reader acted, to compare at the end. */
  before: Fact[];
  /** A typing that does the step, waiting for the reader to pause. */
  typing: { at: Position; to: Position | 'done' } | null;
  /** The last step was done by typing: the field keeps the focus. */
  typedLast: boolean;
  /** Show me: the step it set up again after its control went missing (once per step). */
  replayedStep: number | null;
  /** Where the reader was when the open menu or dialog opened: closing it undoes that step's progress. */
  panelAt: Position | null;
  /**
   * The Manager started a call that changes the account since the current action began: after the
   * last action, its answer is the outcome (in Show me it starts before the action is counted done).
   */
  saving: boolean;
}

/** How a walkthrough is asked to open. */
export interface StartRequest {
  mode: Mode;
  variant?: Variant;
  /** Where to begin: the start, or a step (deep link). */
  position?: Position;
  /** Continue the saved progress (after a reload), when it is valid for this walkthrough. */
  resume?: boolean;
}

export type RunnerEvent =
  | { type: 'sandbox-started' }
  | { type: 'sandbox-failed' }
  | { type: 'retried' }
  | { type: 'account-reset'; run: number; before: Fact[] }
  | { type: 'reset-failed'; run: number }
  | { type: 'replayed'; run: number }
  | { type: 'performed'; run: number; position: Position; ok: boolean }
  | { type: 'facts-read'; run: number; facts: Fact[] }
  | { type: 'timer'; name: TimerName }
  // The reader, in the walkthrough's own controls
  | { type: 'acknowledged' }
  | { type: 'jumped'; step: number }
  | { type: 'went-back' }
  | { type: 'restarted'; variant?: Variant }
  | { type: 'mode-chosen'; mode: Mode }
  | { type: 'pause-toggled' }
  // The Manager, through its channel; `typed` reads a field the step types into (null: not on screen)
  | { type: 'control-activated'; control: UsedControl; field: boolean; typed: (ref: TargetRef) => string | null }
  | {
      type: 'field-edited';
      control: UsedControl;
      value: string;
      committed: boolean;
      typed: (ref: TargetRef) => string | null;
    }
  | { type: 'panel-opened' }
  | { type: 'panel-closed' }
  | { type: 'call-started' }
  | { type: 'call-succeeded' }
  | { type: 'call-refused'; code: ClientErrorCode; message: readonly string[] };

export type Effect =
  | { type: 'start-sandbox' }
  /** Practice account back to its seed (in the variant's situation), facts read, Manager on the start screen. */
  | { type: 'reset-account'; run: number; variant: Variant }
  /** Once the new Manager is mounted, every action before the target, done again. */
  | { type: 'replay'; run: number; variant: Variant; target: Position }
  | { type: 'perform'; run: number; variant: Variant; position: Position }
  | { type: 'read-facts'; run: number }
  | { type: 'save-progress'; progress: Progress | null }
  /** Keep the reader's click from reaching the Manager's control. */
  | { type: 'stop-event' }
  | { type: 'start-timer'; name: TimerName; ms: number }
  | { type: 'cancel-timer'; name: TimerName };

export interface Transition {
  state: RunnerState;
  effects: Effect[];
}

const start: Position = { step: 0, action: 0 };

/** The state a walkthrough opens in, from the request and what was saved before a reload (anything). */
export function openWalkthrough(script: Walkthrough, request: StartRequest, saved: unknown): Transition {
  const resumed = request.resume ? restoreProgress(saved, script) : null;
  const variant = resumed?.variant ?? (request.variant === 'refusal' && script.refusal ? 'refusal' : 'main');
  const wanted = resumed ?? request.position ?? start;
  const steps = stepsOf(script, variant);
  const target = actionAt(steps, wanted) ? { step: wanted.step, action: wanted.action } : startOfStep(steps, 0);
  const state: RunnerState = {
    script,
    phase: 'starting',
    variant,
    mode: resumed?.mode ?? request.mode,
    position: target,
    paused: false,
    hint: null,
    outcome: null,
    run: 0,
    managerKey: 0,
    target,
    before: [],
    typing: null,
    typedLast: false,
    replayedStep: null,
    panelAt: null,
    saving: false,
  };
  return { state, effects: [{ type: 'start-sandbox' }] };
}
