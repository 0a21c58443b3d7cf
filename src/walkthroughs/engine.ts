/**
 * The walkthrough engine, pure TypeScript (no DOM, no Preact): how a script's steps are ordered,
 * whether what the reader just did is the step's action, where a resumed or deep-linked walkthrough
 * starts, and what a saved progress is worth. The island (src/islands/walkthrough/) applies it.
 */
import type { ApiClient } from '../api/client.ts';
import type { PracticeSituation } from '../api/sandbox.ts';
import type { Translate } from '../i18n/t.ts';
import type { walkthroughEn } from '../i18n/ui/walkthrough/en.ts';
import type { ManagerTarget } from '../manager/targets.ts';
import type { ManagerLocation } from '../stores/manager.ts';

/** A control of the Manager: its target id and, when several share the id, attributes that pick one. */
export interface TargetRef {
  target: ManagerTarget;
  where?: Readonly<Record<string, string>>;
}

/** A walkthrough string shown under the step's own text, for an action the list item only implies. */
export type ActionHint = keyof typeof walkthroughEn;

/** One thing the reader does. A step (one list item) has one action or more, in order. */
export type Action =
  /** Nothing to do in the Manager (e.g. "Log in"): the bubble's Next button moves on. */
  | { kind: 'acknowledge'; spotlight?: TargetRef; hint?: ActionHint }
  /** Click a control; `or` lists other controls that do the same (skipping to step `skipTo`, 0-based). */
  | { kind: 'click'; on: TargetRef; or?: ReadonlyArray<{ on: TargetRef; skipTo?: number }>; hint?: ActionHint }
  /**
   * Type into an input (or pick in a select, or a date): `value` is a value that works, `accepts`
   * says whether what the reader typed is good enough to move on. `or`: other fields that do too.
   */
  | {
      kind: 'type';
      on: TargetRef;
      value: string;
      accepts: (value: string) => boolean;
      or?: readonly TargetRef[];
      hint?: ActionHint;
      /** Values for the hint's placeholders (e.g. the allowed range), so the text never repeats a rule. */
      hintValues?: Readonly<Record<string, string | number>>;
    };

export interface WalkthroughStep {
  actions: readonly Action[];
}

/** One line of what the sandbox account looks like: "Recovery Email" → "camille@…". */
export interface Fact {
  label: string;
  value: string;
}

/** The practice of one task: bound to the task's `<Steps walkthrough="id">` list, item by item. */
export interface Walkthrough {
  id: string;
  /** Where the practice Manager opens (the profile, for tasks that start there). */
  start: ManagerLocation;
  steps: readonly WalkthroughStep[];
  /**
   * The refusal path, when the guide's rules can refuse the action: the same list, played on other
   * controls or in a `situation` of the practice account where the rule applies. `offer` is the
   * summary's button into it, `returnOffer` the one back to the main path.
   */
  refusal?: {
    steps: readonly WalkthroughStep[];
    situation?: PracticeSituation;
    offer: ActionHint;
    returnOffer: ActionHint;
  };
  /** The account facts this task can change, read through the API before and after. */
  facts: (api: ApiClient, t: Translate) => Promise<Fact[]>;
  /** True when the last action saves something: the walkthrough ends once the facts changed. */
  changesAccount: boolean;
}

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

/** A control the reader used, described without the DOM: its target id and a way to read its attributes. */
export interface UsedControl {
  target: string | null;
  attribute: (name: string) => string | null;
}

/** Whether a control is the one a reference names. */
export function isTarget(ref: TargetRef, control: UsedControl): boolean {
  if (control.target !== ref.target) return false;
  return Object.entries(ref.where ?? {}).every(([name, value]) => control.attribute(name) === value);
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
      if (alternative.skipTo === undefined) return { kind: 'advance', to: nextPosition(steps, position) };
      return { kind: 'advance', to: startOfStep(steps, alternative.skipTo) };
    }
    return { kind: 'hint' };
  }
  if (action.kind === 'type') {
    if ([action.on, ...(action.or ?? [])].some((ref) => isTarget(ref, control))) return { kind: 'allow' };
    // Typing done, then the next control: both count, as long as what was typed works.
    const after = nextPosition(steps, position);
    const value = typed(action.on);
    if (after !== 'done' && value !== null && action.accepts(value)) {
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
      alternative.skipTo === undefined ? nextPosition(steps, position) : startOfStep(steps, alternative.skipTo);
    if (to === 'done') return { kind: 'advance', to };
    const verdict = judgeTyping(steps, to, control, value, typed);
    return verdict.kind === 'advance' ? verdict : { kind: 'advance', to };
  }
  if (action?.kind !== 'type') return { kind: 'allow' };
  const own = isTarget(action.on, control);
  const other = (action.or ?? []).some((ref) => isTarget(ref, control));
  if ((own && action.accepts(value)) || (other && value !== '')) {
    return { kind: 'advance', to: nextPosition(steps, position) };
  }
  const after = nextPosition(steps, position);
  const current = typed(action.on);
  if (!own && !other && after !== 'done' && current !== null && action.accepts(current)) {
    const verdict = judgeTyping(steps, after, control, value, typed);
    if (verdict.kind === 'advance') return verdict;
  }
  return { kind: 'allow' };
}

/** `#leave-organization-step-3` → the walkthrough and its step (0-based), when the page has it. */
export function parseDeepLink(
  hash: string,
  stepCount: (id: string) => number | undefined,
): (Position & { id: string }) | null {
  const match = /^#?([a-z0-9-]+?)-step-(\d{1,3})$/.exec(decodeURIComponent(hash));
  if (!match) return null;
  const [, id = '', number = ''] = match;
  const count = stepCount(id);
  const step = Number(number) - 1;
  if (count === undefined || step < 0 || step >= count) return null;
  return { id, step, action: 0 };
}

/** The fragment that opens a walkthrough at a step (0-based). */
export const deepLink = (id: string, step: number) => `#${id}-step-${step + 1}`;

/**
 * A saved progress, checked: anything unreadable, of another version, for a walkthrough that no
 * longer exists, or pointing past its steps (the script changed since) gives null, never an error.
 */
export function restoreProgress(saved: unknown, find: (id: string) => Walkthrough | undefined): Progress | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { version, id, variant, mode, step, action } = saved as Record<string, unknown>;
  if (version !== progressVersion || typeof id !== 'string') return null;
  const script = find(id);
  if (!script) return null;
  if (variant !== 'main' && !(variant === 'refusal' && script.refusal)) return null;
  if (mode !== 'try' && mode !== 'show') return null;
  if (!Number.isInteger(step) || !Number.isInteger(action)) return null;
  const steps = stepsOf(script, variant);
  if (!actionAt(steps, { step: step as number, action: action as number })) return null;
  return { version, id, variant, mode, step: step as number, action: action as number };
}

/** Reads a saved progress from its JSON text; broken JSON is no progress. */
export function decodeProgress(
  raw: string | undefined,
  find: (id: string) => Walkthrough | undefined,
): Progress | null {
  if (!raw) return null;
  try {
    return restoreProgress(JSON.parse(raw), find);
  } catch {
    return null;
  }
}

/** The lines that differ between two readings of the facts: what the walkthrough changed. */
export function changes(before: readonly Fact[], after: readonly Fact[]): Array<Fact & { before: string }> {
  return after
    .map((fact) => ({ ...fact, before: before.find((other) => other.label === fact.label)?.value ?? '' }))
    .filter((fact) => fact.before !== fact.value);
}
