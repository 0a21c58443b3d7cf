/**
 * What a walkthrough is, once its file (content/walkthroughs/<id>.yaml) is read and checked:
 * plain data, language-neutral, the same in every locale. Validators, example values and facts
 * are named; the code behind each name is in validators.ts, values.ts and facts.ts.
 */
import type { PracticeSituation } from '../api/sandbox.ts';
import type { walkthroughEn } from '../i18n/ui/walkthrough/en.ts';
import type { ManagerTarget } from '../manager/targets.ts';
import type { ManagerScreen } from '../stores/manager.ts';
import type { FactName } from './facts.ts';
import type { ValidatorName } from './validators.ts';
import type { ExampleValue } from './values.ts';

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
  /** Click a control; `or` lists other controls that do the same (going on at step `continuesAt`, by name). */
  | { kind: 'click'; on: TargetRef; or?: ReadonlyArray<{ on: TargetRef; continuesAt?: string }>; hint?: ActionHint }
  /**
   * Type into an input (or pick in a select, or a date): `value` is a value that works, `check`
   * names what is good enough to move on. `or`: other fields that do too.
   */
  | {
      kind: 'type';
      on: TargetRef;
      value: ExampleValue;
      check: ValidatorName;
      or?: readonly TargetRef[];
      hint?: ActionHint;
    };

/** One list item of the guide: a stable name (used by `continues-at` and by other files), and its actions. */
export interface WalkthroughStep {
  name: string;
  actions: readonly Action[];
}

/** How a fact should read at the end, for the outcome checks. */
export type FactExpectation =
  | { is: string }
  | { 'is-not': string }
  | { includes: string }
  | { excludes: string }
  | { count: number };

/** The practice of one task: bound to the task's `<Steps walkthrough="id">` list, item by item. */
export interface Walkthrough {
  id: string;
  /** Where the practice Manager opens (the profile, for tasks that start there). */
  start: ManagerScreen;
  steps: readonly WalkthroughStep[];
  /**
   * The facts of the practice account this task changes (compared in the summary), and how each
   * reads once the walkthrough is followed with its own values. Empty: the task changes nothing.
   */
  outcome: Readonly<Partial<Record<FactName, FactExpectation>>>;
  /** The screen the Manager shows at the end, when that is what the task is about. */
  endsOn?: ManagerScreen;
  /**
   * The refusal path, when the guide's rules can refuse the action: the same list, some steps played
   * on other controls, or in a `situation` of the practice account where the rule applies. `offer`
   * is the summary's button into it, `returnOffer` the one back to the main path.
   */
  refusal?: {
    steps: readonly WalkthroughStep[];
    situation?: PracticeSituation;
    offer: ActionHint;
    returnOffer: ActionHint;
  };
}

/** The facts a walkthrough compares: those its outcome names. */
export const factsOf = (script: Walkthrough) => Object.keys(script.outcome) as FactName[];
