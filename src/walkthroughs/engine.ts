/**
 * The walkthrough engine, pure TypeScript (no DOM, no Preact): how a script's steps are ordered,
 * whether what the reader just did is the step's action, where a resumed or deep-linked walkthrough
 * starts, and what a saved progress is worth. The runner (runner.ts) decides with it.
 */
import type { UsedControl } from '../manager/channel.ts';
import type { Fact } from './facts.ts';
import type { Action, TargetRef, Walkthrough, WalkthroughStep } from './script.ts';
import { validators } from './validators.ts';
import { exampleText } from './values.ts';

export type Variant = 'main' | 'refusal';
export type Mode = 'try' | 'show';

/** Where the reader is: step (list item, 0-based) and action inside it. */
export interface Position {
  step: number;
  action: number;
}

/** What survives a reload. */
export interface Progress extends Position {
  version: typeof progressVersion;
  id: string;
  variant: Variant;
  mode: Mode;
}

export const progressVersion = 1;

/** The steps a variant plays (the refusal variant only exists where the script has one). */
export function stepsOf(script: Walkthrough, variant: Variant): readonly WalkthroughStep[] {
  return variant === 'refusal' && script.refusal ? script.refusal.steps : script.steps;
}

/** The action at a position, if the position is inside the steps. */
export function actionAt(steps: readonly WalkthroughStep[], position: Position): Action | undefined {
  return steps[position.step]?.actions[position.action];
}

/** The position after this one: the next action of the step, else the first of the next step, else done. */
export function nextPosition(steps: readonly WalkthroughStep[], position: Position): Position | 'done' {
  const step = steps[position.step];
  if (step && position.action + 1 < step.actions.length) return { step: position.step, action: position.action + 1 };
  if (position.step + 1 < steps.length) return { step: position.step + 1, action: 0 };
  return 'done';
}

/** The start of step `step` (0-based), kept inside the list. */
export function startOfStep(steps: readonly WalkthroughStep[], step: number): Position {
  return { step: Math.min(Math.max(0, Math.trunc(step)), Math.max(0, steps.length - 1)), action: 0 };
}

/** The start of the step named `name` (a click's `or … continues-at`), kept inside the list. */
export function startOfNamedStep(steps: readonly WalkthroughStep[], name: string): Position {
  return startOfStep(
    steps,
    steps.findIndex((step) => step.name === name),
  );
}

/** The action before this one (the last of the previous step at a step's start), or null at the very start. */
export function previousPosition(steps: readonly WalkthroughStep[], position: Position): Position | null {
  if (position.action > 0) return { step: position.step, action: position.action - 1 };
  const before = steps[position.step - 1];
  return before ? { step: position.step - 1, action: before.actions.length - 1 } : null;
}

/** Whether a typed value is good enough for a typing action. */
export const accepts = (action: Extract<Action, { kind: 'type' }>, value: string) =>
  validators[action.check].accepts(value);

/** The text a typing action types in Show me, and offers to outside checks. */
export const typedValue = (action: Extract<Action, { kind: 'type' }>) => exampleText(action.value);

/** Every action before a position, in order: what to replay so the Manager is where that step starts. */
export function actionsBefore(steps: readonly WalkthroughStep[], position: Position): Action[] {
  const actions: Action[] = [];
  steps.forEach((step, stepIndex) => {
    step.actions.forEach((action, actionIndex) => {
      if (stepIndex < position.step || (stepIndex === position.step && actionIndex < position.action)) {
        actions.push(action);
      }
    });
  });
  return actions;
}

/** Whether a control is the one a reference names. */
export function isTarget(ref: TargetRef, control: UsedControl): boolean {
  if (control.target !== ref.target) return false;
  return Object.entries(ref.where ?? {}).every(([name, value]) => control.attributes[name] === value);
}

export type Verdict =
  /** The reader did the action: go to `to`. */
  | { kind: 'advance'; to: Position | 'done' }
  /** Not what the step asks: let the Manager ignore it and give a gentle hint. */
  | { kind: 'hint' }
  /** Harmless (e.g. clicking into the field to type in): let it through, nothing changes. */
  | { kind: 'allow' };

/**
 * Judges a click in Try-it mode. `typed` reads the current value of a field the step types into:
 * pressing the next button right after typing (or Enter in the field) counts for both actions.
 */
export function judgeClick(
  steps: readonly WalkthroughStep[],
  position: Position,
  control: UsedControl,
  typed: (ref: TargetRef) => string | null = () => null,
): Verdict {
  const action = actionAt(steps, position);
  if (!action) return { kind: 'hint' };
  if (action.kind === 'click') {
    if (isTarget(action.on, control)) return { kind: 'advance', to: nextPosition(steps, position) };
    for (const alternative of action.or ?? []) {
      if (!isTarget(alternative.on, control)) continue;
      if (alternative.continuesAt === undefined) return { kind: 'advance', to: nextPosition(steps, position) };
      return { kind: 'advance', to: startOfNamedStep(steps, alternative.continuesAt) };
    }
    return { kind: 'hint' };
  }
  if (action.kind === 'type') {
    if ([action.on, ...(action.or ?? [])].some((ref) => isTarget(ref, control))) return { kind: 'allow' };
    // Typing done, then the next control: both count, as long as what was typed works.
    const after = nextPosition(steps, position);
    const value = typed(action.on);
    if (after !== 'done' && value !== null && accepts(action, value)) {
      const verdict = judgeClick(steps, after, control, typed);
      if (verdict.kind === 'advance') return verdict;
    }
    return { kind: 'hint' };
  }
  return { kind: 'hint' };
}

/**
 * Judges what the reader typed (or picked) in a field: enough to move on, or not yet. As with
 * clicks, a field that already holds a value that works may be left as it is: typing in the next
 * step's field then counts for both (e.g. keeping the initials and picking a logo).
 */
export function judgeTyping(
  steps: readonly WalkthroughStep[],
  position: Position,
  control: UsedControl,
  value: string,
  typed: (ref: TargetRef) => string | null = () => null,
): Verdict {
  const action = actionAt(steps, position);
  if (action?.kind === 'click') {
    // A field offered as another way to do a click step (it only shows once the step's choice is
    // made, e.g. the initials box once initials are chosen): typing in it does that step.
    const alternative = action.or?.find((candidate) => isTarget(candidate.on, control));
    if (!alternative) return { kind: 'allow' };
    const to =
      alternative.continuesAt === undefined
        ? nextPosition(steps, position)
        : startOfNamedStep(steps, alternative.continuesAt);
    if (to === 'done') return { kind: 'advance', to };
    const verdict = judgeTyping(steps, to, control, value, typed);
    return verdict.kind === 'advance' ? verdict : { kind: 'advance', to };
  }
  if (action?.kind !== 'type') return { kind: 'allow' };
  const own = isTarget(action.on, control);
  const other = (action.or ?? []).some((ref) => isTarget(ref, control));
  if ((own && accepts(action, value)) || (other && value !== '')) {
    return { kind: 'advance', to: nextPosition(steps, position) };
  }
  const after = nextPosition(steps, position);
  const current = typed(action.on);
  if (!own && !other && after !== 'done' && current !== null && accepts(action, current)) {
    const verdict = judgeTyping(steps, after, control, value, typed);
    if (verdict.kind === 'advance') return verdict;
  }
  return { kind: 'allow' };
}

/**
 * A saved progress, checked against the walkthrough of the page: anything unreadable, of another
 * version, of another walkthrough, or pointing past its steps (the file changed since) gives null.
 */
export function restoreProgress(saved: unknown, script: Walkthrough): Progress | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { version, id, variant, mode, step, action } = saved as Record<string, unknown>;
  if (version !== progressVersion || id !== script.id) return null;
  if (variant !== 'main' && !(variant === 'refusal' && script.refusal)) return null;
  if (mode !== 'try' && mode !== 'show') return null;
  if (!Number.isInteger(step) || !Number.isInteger(action)) return null;
  const steps = stepsOf(script, variant);
  if (!actionAt(steps, { step: step as number, action: action as number })) return null;
  return { version, id, variant, mode, step: step as number, action: action as number };
}

/** The lines that differ between two readings of the facts: what the walkthrough changed. */
export function changes(before: readonly Fact[], after: readonly Fact[]): Array<Fact & { before: string }> {
  return after
    .map((fact) => ({ ...fact, before: before.find((other) => other.name === fact.name)?.text ?? '' }))
    .filter((fact) => fact.before !== fact.text);
}
