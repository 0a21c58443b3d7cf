import { atom } from 'nanostores';
import type { ApiClient } from '../api/client.ts';
import type { PracticeSituation } from '../api/sandbox.ts';
import type { PracticeTranslate } from '../i18n/practice-strings.ts';
import type { ManagerChannel, ManagerEvent } from '../manager/channel.ts';
import {
  actionsBefore,
  type Mode,
  type Position,
  type Progress,
  stepsOf,
  type Variant,
} from '../walkthroughs/engine.ts';
import { readFacts } from '../walkthroughs/facts.ts';
import { abandonOf, freshMemory, reportTransition, type WalkthroughReport } from '../walkthroughs/insight-events.ts';
import {
  type Effect,
  openWalkthrough,
  type RunnerEvent,
  type RunnerState,
  type StartRequest,
  type TimerName,
  transition,
} from '../walkthroughs/runner.ts';
import { type Action, factsOf, type TargetRef, type Walkthrough } from '../walkthroughs/script.ts';
import { $managerScreen, refreshManager } from './manager.ts';

/** What the controller acts on: the API, the Manager (its channel, and a driver that clicks in it), the page. */
export interface RunnerWorld {
  api: ApiClient;
  t: PracticeTranslate;
  channel: ManagerChannel;
  manager: {
    isActing: () => boolean;
    perform: (action: Action) => Promise<boolean>;
    fieldValue: (ref: TargetRef) => string | null;
  };
  startSandbox: () => Promise<void>;
  saveProgress: (progress: Progress | null) => void;
  /** Tells the insights what happened (anonymous: src/walkthroughs/insight-events.ts). */
  report?: (report: WalkthroughReport) => void;
}

/** How long a new Manager may take to mount before the replay goes on anyway. */
const mountDeadline = 10_000;

/**
 * The walkthrough's store and its actions: every change goes through transition() (the pure
 * runner), and this controller runs the effects it asks for, feeding their results back as events.
 * The island renders `$runner` and calls the actions; nothing else changes the walkthrough.
 */
export function createWalkthroughRunner(
  script: Walkthrough,
  request: StartRequest,
  saved: unknown,
  world: RunnerWorld,
) {
  const opened = openWalkthrough(script, request, saved);
  const $runner = atom<RunnerState>(opened.state);
  const timers = new Map<TimerName, ReturnType<typeof setTimeout>>();
  /** Resolves once the Manager of the latest preparation has mounted (or its deadline passed). */
  let managerMounted: Promise<void> = Promise.resolve();
  let mounted: (() => void) | null = null;
  let stopped = false;
  let reported = freshMemory();

  /** Applies one event; `stopEvent` is how the Manager's control is kept from reacting, when asked. */
  function dispatch(event: RunnerEvent, stopEvent?: () => void) {
    if (stopped) return;
    const before = $runner.get();
    const { state, effects } = transition(before, event);
    $runner.set(state);
    const insights = reportTransition(reported, before, event, state);
    reported = insights.memory;
    for (const report of insights.reports) world.report?.(report);
    for (const effect of effects) run(effect, stopEvent);
  }

  /** Leaving before the end (closing the walkthrough, leaving the page) is where a reader gave up. */
  function reportAbandon() {
    const report = abandonOf(reported, $runner.get());
    if (!report) return;
    reported = { ...reported, ended: true };
    world.report?.(report);
  }
  addEventListener('pagehide', reportAbandon);

  const typed = (ref: TargetRef) => world.manager.fieldValue(ref);

  function onManager(event: ManagerEvent) {
    if (event.type === 'mounted') {
      mounted?.();
      mounted = null;
      return;
    }
    if (event.type === 'control-activated' || event.type === 'field-edited') {
      // The walkthrough's own clicks and typing (Show me, replay) are not the reader's.
      if (world.manager.isActing()) return;
      if (event.type === 'control-activated') {
        dispatch({ type: 'control-activated', control: event.control, field: event.field, typed }, event.stop);
      } else {
        dispatch({
          type: 'field-edited',
          control: event.control,
          value: event.value,
          committed: event.committed,
          typed,
        });
      }
      return;
    }
    if (event.type === 'panel-opened' || event.type === 'panel-closed') return dispatch({ type: event.type });
    if (event.type === 'call-refused')
      return dispatch({ type: 'call-refused', code: event.code, message: event.message });
    dispatch({ type: event.type });
  }

  function run(effect: Effect, stopEvent?: () => void) {
    switch (effect.type) {
      case 'start-sandbox':
        world.startSandbox().then(
          () => dispatch({ type: 'sandbox-started' }),
          () => dispatch({ type: 'sandbox-failed' }),
        );
        return;
      case 'reset-account':
        return void resetAccount(effect.run, effect.variant);
      case 'replay':
        return void replay(effect.run, effect.variant, effect.target);
      case 'perform': {
        const action = stepsOf(script, effect.variant)[effect.position.step]?.actions[effect.position.action];
        if (!action) return;
        world.manager
          .perform(action)
          .then((ok) => dispatch({ type: 'performed', run: effect.run, position: effect.position, ok }));
        return;
      }
      case 'read-facts':
        readFacts(factsOf(script), world.api, world.t).then(
          (facts) => dispatch({ type: 'facts-read', run: effect.run, facts }),
          () => dispatch({ type: 'facts-read', run: effect.run, facts: $runner.get().before }),
        );
        return;
      case 'save-progress':
        return world.saveProgress(effect.progress);
      case 'stop-event':
        return stopEvent?.();
      case 'start-timer':
        clearTimeout(timers.get(effect.name));
        timers.set(
          effect.name,
          setTimeout(() => dispatch({ type: 'timer', name: effect.name }), effect.ms),
        );
        return;
      case 'cancel-timer':
        clearTimeout(timers.get(effect.name));
        timers.delete(effect.name);
        return;
    }
  }

  async function resetAccount(run: number, variant: Variant) {
    const situation: PracticeSituation | undefined = variant === 'refusal' ? script.refusal?.situation : undefined;
    try {
      await world.api.resetSandbox(situation);
    } catch {
      return dispatch({ type: 'reset-failed', run });
    }
    const before = await readFacts(factsOf(script), world.api, world.t).catch(() => []);
    $managerScreen.set({ screen: script.start });
    refreshManager();
    // The next mount is the Manager of this preparation (the state's new key remounts it).
    managerMounted = new Promise<void>((resolve) => {
      mounted = resolve;
      setTimeout(resolve, mountDeadline);
    });
    dispatch({ type: 'account-reset', run, before });
  }

  async function replay(run: number, variant: Variant, target: Position) {
    await managerMounted;
    for (const action of actionsBefore(stepsOf(script, variant), target)) {
      if ($runner.get().run !== run || stopped) return;
      await world.manager.perform(action);
    }
    dispatch({ type: 'replayed', run });
  }

  const unlisten = world.channel.listen(onManager);

  return {
    $runner,
    /** Starts the sandbox, then prepares the Manager where the reader starts. */
    start: () => {
      for (const effect of opened.effects) run(effect);
    },
    /** Stops everything (the walkthrough closed). */
    stop: () => {
      reportAbandon();
      removeEventListener('pagehide', reportAbandon);
      stopped = true;
      unlisten();
      for (const timer of timers.values()) clearTimeout(timer);
    },
    retry: () => dispatch({ type: 'retried' }),
    acknowledge: () => dispatch({ type: 'acknowledged' }),
    jump: (step: number) => dispatch({ type: 'jumped', step }),
    back: () => dispatch({ type: 'went-back' }),
    restart: (variant?: Variant) => dispatch({ type: 'restarted', variant }),
    chooseMode: (mode: Mode) => dispatch({ type: 'mode-chosen', mode }),
    togglePause: () => dispatch({ type: 'pause-toggled' }),
  };
}

export type WalkthroughRunner = ReturnType<typeof createWalkthroughRunner>;
