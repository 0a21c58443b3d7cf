import { useStore } from '@nanostores/preact';
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createApiClient } from '../../api/client.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { PracticeTranslate } from '../../i18n/practice-strings.ts';
import { createManagerChannel, type ManagerChannel } from '../../manager/channel.ts';
import SimulatedManager from '../../manager/SimulatedManager.tsx';
import { startSandbox } from '../../sandbox/start.ts';
import { saveProgress } from '../../stores/walkthrough.ts';
import { track } from '../../insights/beacon.ts';
import { createWalkthroughRunner } from '../../stores/walkthrough-runner.ts';
import { actionAt, stepsOf, typedValue } from '../../walkthroughs/engine.ts';
import type { StartRequest } from '../../walkthroughs/runner.ts';
import type { Action, Walkthrough as Script } from '../../walkthroughs/script.ts';
import { validators } from '../../walkthroughs/validators.ts';
import { Bubble } from './Bubble.tsx';
import {
  createManagerDriver,
  isTextField,
  nextAttribute,
  prefersReducedMotion,
  valueAttribute,
  watchTarget,
} from './dom.ts';
import { attachToList, listItems, stepText } from './guide-list.ts';
import { Spotlight } from './Spotlight.tsx';
import { StepText } from './StepText.tsx';
import { Summary } from './Summary.tsx';
import { useTrackedRect } from './useTrackedRect.ts';
import './walkthrough.css';

type FrameProps = { locale: Locale; t: PracticeTranslate; channel: ManagerChannel };

/**
 * The Manager re-renders only on its own state: a re-render from the walkthrough in the middle of a
 * click would reset a radio button the reader just chose (Preact re-applies `checked`). It reports
 * to the walkthrough through its channel, and leaves the focus to the walkthrough.
 */
class ManagerFrame extends Component<FrameProps> {
  override shouldComponentUpdate(next: FrameProps) {
    return next.locale !== this.props.locale;
  }
  render() {
    const { locale, t, channel } = this.props;
    return <SimulatedManager locale={locale} t={t} channel={channel} focusHeadings={false} />;
  }
}

type Props = {
  root: HTMLElement;
  script: Script;
  locale: Locale;
  /** What the walkthrough and the Manager say, in that language. */
  t: PracticeTranslate;
  request: StartRequest;
  /** What the page had saved before a reload (anything: the runner checks it). */
  saved: unknown;
  onExit: () => void;
};

/**
 * A walkthrough: the practice Manager in a panel beside the guide (full screen on small screens),
 * the next control spotlighted with the guide's own step text beside it, and the controls to go
 * back, start over, switch between Try it and Show me, or exit.
 */
export default function Walkthrough({ root, script, locale, t, request, saved, onExit }: Props) {
  /** The extra line under a step's text, with its values (e.g. the allowed range) filled in. */
  const hintText = (action: Action) =>
    action.hint ? t.fill(action.hint, action.kind === 'type' ? (validators[action.check].values ?? {}) : {}) : '';
  const managerBox = useRef<HTMLDivElement>(null);
  const channel = useMemo(() => createManagerChannel(), []);
  const runner = useMemo(
    () =>
      createWalkthroughRunner(script, request, saved, {
        api: createApiClient(),
        t,
        channel,
        manager: createManagerDriver(() => managerBox.current),
        startSandbox,
        saveProgress,
        report: (report) => {
          const guide = root.closest<HTMLElement>('[data-guide]')?.dataset.guide;
          if (guide) track({ type: 'walkthrough', locale, guide, walkthrough: script.id, ...report });
        },
      }),
    [],
  );
  useEffect(() => {
    runner.start();
    return runner.stop;
  }, [runner]);
  const state = useStore(runner.$runner);
  const { phase, position, mode, paused } = state;
  const steps = stepsOf(script, state.variant);
  const items = useMemo(() => listItems(root), [root]);
  const action = actionAt(steps, position);
  const [next, setNext] = useState<HTMLElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const instruction = useRef<HTMLDivElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const running = phase === 'running';

  // The root tells outside checks (and styles) where the walkthrough is, as soon as the state
  // changes: a render comes later, and a check reading `done` after Start over must not see the old one.
  useEffect(
    () =>
      runner.$runner.subscribe((current) => {
        root.dataset.state = current.phase === 'done' ? 'done' : 'running';
      }),
    [runner, root],
  );
  useEffect(() => {
    document.documentElement.classList.add('wt-open');
    return () => {
      document.documentElement.classList.remove('wt-open');
      root.dataset.state = 'idle';
    };
  }, [root]);

  // The guide's own list: the current step highlighted, each item a way to jump there.
  const list = useMemo(() => attachToList(items, t, runner.jump), [items, t]);
  useEffect(() => () => list.detach(), [list]);
  useEffect(() => list.highlight(phase === 'done' ? null : position.step), [list, phase, position.step]);

  // The one element to act on next gets data-walkthrough-next; the Manager loads its data, so the
  // walkthrough watches for it to appear.
  const ref = action && action.kind !== 'acknowledge' ? action.on : action?.spotlight;
  useEffect(() => {
    const container = managerBox.current;
    setNext(null);
    if (!running || !ref || !container) return;
    return watchTarget(container, ref, setNext);
  }, [running, ref, state.managerKey]);
  useEffect(() => {
    if (!next || action?.kind === 'acknowledge') return;
    next.setAttribute(nextAttribute, '');
    if (action?.kind === 'type') next.setAttribute(valueAttribute, typedValue(action));
    next.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    return () => {
      next.removeAttribute(nextAttribute);
      next.removeAttribute(valueAttribute);
    };
  }, [next, action]);

  // Each new step is announced; in Try it, focus goes to its instruction (Tab then reaches the control).
  useEffect(() => {
    if (!running) return;
    const text = stepText(items[position.step]);
    setAnnouncement(
      `${t('walkthrough.announce.step', { current: position.step + 1, total: steps.length, text })}${
        action?.hint ? ` ${hintText(action)}` : ''
      }`,
    );
  }, [running, position]);
  useEffect(() => {
    if (!running || mode !== 'try' || (!next && action?.kind !== 'acknowledge')) return;
    const focused = document.activeElement;
    // Someone typing keeps the field: the next control is one Tab or Enter away.
    if (state.typedLast && focused && isTextField(focused) && stage.current?.contains(focused)) return;
    const timer = setTimeout(() => instruction.current?.focus({ preventScroll: true }), 60);
    return () => clearTimeout(timer);
  }, [running, mode, position, !!next]);
  useEffect(() => {
    if (phase !== 'done') return;
    setAnnouncement(t('walkthrough.announce.done'));
    summaryHeading.current?.focus();
  }, [phase]);
  const hint = state.hint && t(state.hint);
  useEffect(() => {
    if (hint) setAnnouncement(hint);
  }, [hint]);

  // Esc exits, unless the Manager used it to close something first (a dialog, a menu: it marks the event).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onExit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onExit]);

  // From the instruction, Tab goes straight to the spotlighted control.
  const onInstructionKey = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.shiftKey || !next || action?.kind === 'acknowledge') return;
    event.preventDefault();
    next.focus();
    // As a native Tab into a text field does: its text is selected, so typing replaces it.
    if (next instanceof HTMLInputElement && isTextField(next)) next.select();
  };

  const box = useTrackedRect(running ? next : null);
  const total = steps.length;
  const offer = script.refusal ? (state.variant === 'main' ? script.refusal.offer : script.refusal.returnOffer) : null;

  return (
    <section class="wt-panel" aria-label={t('walkthrough.panelLabel')} data-mode={mode}>
      <header class="wt-bar">
        <p class="wt-bar__progress">
          {phase === 'done'
            ? t('walkthrough.progress', { current: total, total })
            : t('walkthrough.progress', { current: position.step + 1, total })}
        </p>
        {/* biome-ignore lint/a11y/useSemanticElements: a toolbar-like pair of toggle buttons, not a form field set */}
        <div class="wt-bar__group" role="group" aria-label={t('walkthrough.modeGroup')}>
          <button
            type="button"
            class="wt-button"
            aria-pressed={mode === 'try'}
            onClick={() => runner.chooseMode('try')}
          >
            {t('walkthrough.tryIt')}
          </button>
          <button
            type="button"
            class="wt-button"
            aria-pressed={mode === 'show'}
            onClick={() => runner.chooseMode('show')}
          >
            {t('walkthrough.showMe')}
          </button>
        </div>
        {mode === 'show' && phase !== 'done' && (
          <button type="button" class="wt-button" onClick={runner.togglePause}>
            {t(paused ? 'walkthrough.play' : 'walkthrough.pause')}
          </button>
        )}
        <button
          type="button"
          class="wt-button"
          disabled={phase !== 'running' || (position.step === 0 && position.action === 0)}
          onClick={runner.back}
        >
          {t('walkthrough.back')}
        </button>
        <button type="button" class="wt-button" disabled={phase === 'starting'} onClick={() => runner.restart()}>
          {t('walkthrough.restart')}
        </button>
        <button type="button" class="wt-button wt-button--exit" onClick={onExit} title={t('walkthrough.exitHint')}>
          {t('walkthrough.exit')}
        </button>
      </header>
      <p class="wt-note">{t('walkthrough.practiceNote')}</p>
      <div class="wt-stage" ref={stage}>
        <div class="wt-manager" ref={managerBox}>
          {phase !== 'starting' && phase !== 'failed' && (
            <ManagerFrame key={state.managerKey} locale={locale} t={t} channel={channel} />
          )}
        </div>
        {(phase === 'starting' || phase === 'preparing') && (
          <p class="wt-status" role="status">
            {t(phase === 'starting' ? 'sandbox.starting' : 'walkthrough.preparing')}
          </p>
        )}
        {phase === 'failed' && (
          <div class="wt-status" role="alert">
            <p>{t('sandbox.startFailed')}</p>
            <button type="button" class="wt-button" onClick={runner.retry}>
              {t('sandbox.retry')}
            </button>
          </div>
        )}
      </div>
      {(running || phase === 'checking') && (
        <Bubble target={box} frame={stage.current}>
          <div class="wt-bubble__head">
            <span class="wt-bubble__number">{t('walkthrough.progress', { current: position.step + 1, total })}</span>
          </div>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: the instruction takes focus; its Tab goes to the spotlighted control */}
          <div class="wt-bubble__text" tabIndex={-1} ref={instruction} onKeyDown={onInstructionKey}>
            <StepText item={items[position.step]} />
            {action?.hint && <span class="wt-bubble__extra">{hintText(action)}</span>}
            {mode === 'try' && action?.kind !== 'acknowledge' && (
              <span class="visually-hidden">{t('walkthrough.tabToControl')}</span>
            )}
          </div>
          {hint && <p class="wt-bubble__hint">{hint}</p>}
          {action?.kind === 'acknowledge' && running && (
            <div class="wt-bubble__actions">
              <button
                type="button"
                class="wt-button wt-button--primary"
                {...{ [nextAttribute]: '' }}
                onClick={runner.acknowledge}
              >
                {t('walkthrough.next')}
              </button>
            </div>
          )}
        </Bubble>
      )}
      {phase === 'done' && state.outcome && (
        <Summary
          t={t}
          outcome={state.outcome}
          headingRef={summaryHeading}
          offer={offer}
          onOffer={() => runner.restart(state.variant === 'main' ? 'refusal' : 'main')}
          onRestart={() => runner.restart()}
          onClose={onExit}
          onHelpful={() => {
            onExit();
            const helpful = document.getElementById('helpful');
            helpful?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
            helpful?.querySelector<HTMLElement>('button, input, a, [tabindex]')?.focus({ preventScroll: true });
            history.replaceState(null, '', '#helpful');
          }}
        />
      )}
      {running && <Spotlight box={box} />}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
