import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createApiClient } from '../../api/client.ts';
import type { Translate } from '../../i18n/t.ts';
import { startSandbox } from '../../sandbox/start.ts';
import { $managerScreen, refreshManager, takeFocusRequest } from '../../stores/manager.ts';
import { saveProgress } from '../../stores/walkthrough.ts';
import {
  actionAt,
  actionsBefore,
  changes,
  type Fact,
  judgeClick,
  judgeTyping,
  type Mode,
  nextPosition,
  type Position,
  progressVersion,
  startOfStep,
  stepsOf,
  type TargetRef,
  type Variant,
  type Walkthrough,
} from '../../walkthroughs/engine.ts';
import { fieldValue, isPerforming, isTextField, managerRefusal, perform, usedControl } from './dom.ts';
import type { Outcome } from './Summary.tsx';

export type Phase = 'starting' | 'failed' | 'preparing' | 'running' | 'checking' | 'done';

export interface StartRequest {
  mode: Mode;
  variant?: Variant;
  /** Where to begin: the start, or a step (deep link). */
  position?: Position;
  /** Continue the saved progress (after a reload), when it is valid for this walkthrough. */
  resume?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Show me: the pause between two actions, long enough to follow. */
const showDelay = 1100;
/** Try it: how long the reader may pause while typing before the walkthrough moves on. */
const typingPause = 500;

/**
 * The walkthrough's state machine: starts the sandbox, prepares the Manager for a step (fresh
 * practice account, earlier actions replayed), judges the reader's clicks and typing in Try it,
 * plays the actions in Show me, checks the outcome through the API and records the progress.
 */
export function useRunner(script: Walkthrough, request: StartRequest, t: Translate) {
  const api = useMemo(() => createApiClient(), []);
  const [phase, setPhase] = useState<Phase>('starting');
  const [variant, setVariant] = useState<Variant>(request.variant ?? 'main');
  const [mode, setModeState] = useState<Mode>(request.mode);
  const [position, setPosition] = useState<Position>({ step: 0, action: 0 });
  const [paused, setPaused] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [managerKey, setManagerKey] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const manager = useRef<HTMLDivElement>(null);
  const before = useRef<Fact[]>([]);
  const generation = useRef(0);
  // The event listeners read the latest state through this ref.
  const live = useRef({ phase, variant, mode, position, paused });
  live.current = { phase, variant, mode, position, paused };
  const typedLast = useRef(false);
  /** Show me: the step it set up again after its control went missing (once per step). */
  const replayedStep = useRef<number | null>(null);
  const steps = stepsOf(script, variant);

  function record(next: Position, nextMode = live.current.mode, nextVariant = live.current.variant) {
    saveProgress({ version: progressVersion, id: script.id, variant: nextVariant, mode: nextMode, ...next });
  }

  function goTo(next: Position) {
    live.current.position = next;
    setPosition(next);
    setHint(null);
    record(next);
  }

  /** A fresh practice account, the Manager on the script's start screen, then every action before `target` replayed. */
  async function prepare(target: Position, nextVariant: Variant = live.current.variant) {
    const run = ++generation.current;
    live.current.phase = 'preparing';
    setPhase('preparing');
    setVariant(nextVariant);
    setOutcome(null);
    setHint(null);
    setPaused(false);
    try {
      await api.resetSandbox(nextVariant === 'refusal' ? script.refusal?.situation : undefined);
      before.current = await script.facts(api, t).catch(() => []);
    } catch {
      if (run === generation.current) setPhase('failed');
      return;
    }
    if (run !== generation.current) return;
    $managerScreen.set(script.start);
    refreshManager();
    setManagerKey((key) => key + 1);
    await sleep(0);
    for (const action of actionsBefore(stepsOf(script, nextVariant), target)) {
      if (run !== generation.current || !manager.current) return;
      await perform(manager.current, action);
      await sleep(0);
    }
    takeFocusRequest();
    if (run !== generation.current) return;
    live.current.variant = nextVariant;
    goTo(target);
    record(target, live.current.mode, nextVariant);
    setPhase('running');
  }

  function complete(result: Outcome) {
    setOutcome(result);
    setPhase('done');
    saveProgress(null);
  }

  /** After the last action: wait until the account changed, or the Manager refused. */
  async function finish() {
    const run = generation.current;
    if (!script.changesAccount) return complete({ changes: [], refusal: null });
    setPhase('checking');
    let after: Fact[] | null = null;
    for (let tries = 0; tries < 30; tries++) {
      await sleep(150);
      if (run !== generation.current) return;
      // The account first: a change the Manager reports with an alert (account deleted) is still a change.
      after = await script.facts(api, t).catch(() => null);
      if (after && changes(before.current, after).length > 0) break;
      const refusal = manager.current && managerRefusal(manager.current);
      if (refusal) {
        if (live.current.variant === 'refusal') return complete({ changes: [], refusal });
        // Not what the guide expects (e.g. a wrong password): back to what can fix it.
        const current = live.current.position;
        const actions = steps[current.step]?.actions ?? [];
        const typing = actions.map((action) => action.kind).lastIndexOf('type');
        goTo({ step: current.step, action: Math.max(0, typing) });
        setHint(t('walkthrough.hint.notAccepted'));
        setPhase('running');
        return;
      }
    }
    complete({ changes: changes(before.current, after ?? before.current), refusal: null });
  }

  function advance(to: Position | 'done') {
    if (to === 'done') void finish();
    else goTo(to);
  }

  // Start: the sandbox (MSW) is fetched now, then the Manager is prepared where the reader starts.
  useEffect(() => {
    setPhase('starting');
    startSandbox().then(
      () => prepare(request.position ?? { step: 0, action: 0 }),
      () => setPhase('failed'),
    );
    return () => {
      generation.current++;
    };
  }, [attempt]);

  // Try it: clicks and typing in the Manager are judged; anything else gets a gentle hint.
  useEffect(() => {
    const container = manager.current;
    if (!container) return;
    let skipOnce: Element | null = null;
    let typingTimer = 0;
    const block = (event: Event, message: string) => {
      event.preventDefault();
      event.stopPropagation();
      setHint(message);
    };
    const onClick = (event: MouseEvent) => {
      if (isPerforming()) return; // our own replay and Show me
      const state = live.current;
      const used = usedControl(event.target);
      if (!used) return;
      if (state.phase !== 'running') return block(event, t('walkthrough.preparing'));
      if (state.mode === 'show' && !state.paused) return block(event, t('walkthrough.hint.showing'));
      if (isTextField(used.element) || used.element instanceof HTMLSelectElement) return;
      if (skipOnce === used.element) {
        skipOnce = null;
        return;
      }
      const verdict = judgeClick(steps, state.position, used.control, (ref) => fieldValue(container, ref));
      if (verdict.kind === 'allow') return;
      if (verdict.kind === 'hint') {
        event.preventDefault();
        event.stopPropagation();
        setTimeout(() => setHint(t('walkthrough.hint.elsewhere')), 0);
        return;
      }
      // A label's click is followed by one on its input: that one is part of the same action.
      if ((event.target as Element).closest('label')) skipOnce = used.element;
      typedLast.current = false;
      // Once the click is over (state changes inside it would re-render mid-click). The Manager
      // moves focus to a new screen's heading; the walkthrough moves it to the next instruction instead.
      if (verdict.to !== 'done') live.current.position = verdict.to;
      setTimeout(() => {
        takeFocusRequest();
        advance(verdict.to);
      }, 0);
    };
    const onTyping = (event: Event) => {
      if (isPerforming()) return;
      const state = live.current;
      if (state.phase !== 'running' || (state.mode === 'show' && !state.paused)) return;
      const used = usedControl(event.target);
      if (!used) return;
      const read = () => (used.element as HTMLInputElement).value;
      const typed = (ref: TargetRef) => fieldValue(container, ref);
      const at = state.position;
      if (judgeTyping(steps, at, used.control, read(), typed).kind !== 'advance') return;
      window.clearTimeout(typingTimer);
      typingTimer = window.setTimeout(
        () => {
          const verdict = judgeTyping(steps, live.current.position, used.control, read(), typed);
          if (live.current.position !== at || verdict.kind !== 'advance') return;
          typedLast.current = true;
          advance(verdict.to);
        },
        event.type === 'change' ? 0 : typingPause,
      );
    };
    container.addEventListener('click', onClick, true);
    container.addEventListener('input', onTyping, true);
    container.addEventListener('change', onTyping, true);
    return () => {
      window.clearTimeout(typingTimer);
      container.removeEventListener('click', onClick, true);
      container.removeEventListener('input', onTyping, true);
      container.removeEventListener('change', onTyping, true);
    };
  }, [manager.current, variant]);

  // Show me: the walkthrough does the current action itself, then the next, until paused.
  useEffect(() => {
    if (phase !== 'running' || mode !== 'show' || paused) return;
    const run = generation.current;
    const timer = setTimeout(async () => {
      const action = actionAt(steps, position);
      if (!action || !manager.current) return;
      const done = await perform(manager.current, action);
      if (run !== generation.current || live.current.position !== position) return;
      if (!done) {
        // The control is gone (e.g. pausing clicked outside an open menu, which closed it): set the
        // step up again from its start, once; if that does not bring it back, wait for the reader.
        if (replayedStep.current === position.step) return setPaused(true);
        replayedStep.current = position.step;
        return void prepare(startOfStep(steps, position.step));
      }
      replayedStep.current = null;
      setTimeout(() => takeFocusRequest(), 0);
      advance(nextPosition(steps, position));
    }, showDelay);
    return () => clearTimeout(timer);
  }, [phase, mode, paused, position]);

  return {
    steps,
    phase,
    variant,
    mode,
    position,
    paused,
    hint,
    outcome,
    manager,
    managerKey,
    typedLast,
    setHint,
    setPaused,
    retry: () => setAttempt((value) => value + 1),
    setMode(next: Mode) {
      live.current.mode = next;
      setModeState(next);
      setPaused(false);
      record(live.current.position, next);
    },
    acknowledge: () => advance(nextPosition(steps, live.current.position)),
    jump: (step: number) => prepare(startOfStep(steps, step)),
    back() {
      const { step, action } = live.current.position;
      return prepare(startOfStep(steps, action > 0 ? step : step - 1));
    },
    restart: (nextVariant?: Variant) => prepare({ step: 0, action: 0 }, nextVariant),
  };
}
