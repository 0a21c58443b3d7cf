import type { WalkthroughAction } from '../api/insight-values.ts';
import type { Variant } from './engine.ts';
import type { RunnerEvent, RunnerState } from './runner-state.ts';

/** What the insights learn of one change of a walkthrough: its action, the step (1-based), the mode. */
export interface WalkthroughReport {
  action: WalkthroughAction;
  step?: number;
  mode?: 'try' | 'show';
}

/** What one attempt (from opening, or from Start over) has reported so far. */
export interface ReportMemory {
  started: boolean;
  variant: Variant;
  /** The steps (1-based) already counted as reached in this attempt. */
  reached: number[];
  /** Finished or abandoned: nothing more to say of this attempt. */
  ended: boolean;
}

export const freshMemory = (): ReportMemory => ({ started: false, variant: 'main', reached: [], ended: false });

const stepOf = (state: RunnerState) => state.position.step + 1;

/**
 * The anonymous events one transition of the runner gives the insights, from the state before and
 * after it: an attempt starting (with its mode) and each step it reaches, once; a wrong click (a
 * control other than the step's); a hint shown (the Manager did not accept what was entered); the
 * finish. Only the path that succeeds makes the funnel: the refusal path counts once, as itself.
 * Nothing the reader typed, and no identifier.
 */
export function reportTransition(
  memory: ReportMemory,
  before: RunnerState,
  event: RunnerEvent,
  after: RunnerState,
): { memory: ReportMemory; reports: WalkthroughReport[] } {
  let next = event.type === 'restarted' ? freshMemory() : memory;
  const reports: WalkthroughReport[] = [];
  if (next.ended) return { memory: next, reports };
  if (after.phase === 'running' && !next.started) {
    next = { ...next, started: true, variant: after.variant };
    reports.push(after.variant === 'refusal' ? { action: 'refusal' } : { action: 'start', mode: after.mode });
  }
  if (next.variant === 'refusal') return { memory: next, reports };
  if (after.phase === 'running' && !next.reached.includes(stepOf(after))) {
    next = { ...next, reached: [...next.reached, stepOf(after)] };
    reports.push({ action: 'step', step: stepOf(after) });
  }
  if (event.type === 'control-activated' && after.hint === 'walkthrough.hint.elsewhere' && before.phase === 'running') {
    reports.push({ action: 'wrong', step: stepOf(after) });
  }
  if (event.type === 'call-refused' && after.hint === 'walkthrough.hint.notAccepted') {
    reports.push({ action: 'hint', step: stepOf(after) });
  }
  if (after.phase === 'done' && next.started) {
    next = { ...next, ended: true };
    reports.push({ action: 'finish' });
  }
  return { memory: next, reports };
}

/** The walkthrough closed, or the page was left, before its end: where the reader gave up. */
export function abandonOf(memory: ReportMemory, state: RunnerState): WalkthroughReport | undefined {
  if (!memory.started || memory.ended || memory.variant === 'refusal' || state.phase === 'done') return undefined;
  return { action: 'abandon', step: stepOf(state) };
}
