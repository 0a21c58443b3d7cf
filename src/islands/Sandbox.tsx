import { useEffect, useMemo, useState } from 'preact/hooks';
import { createApiClient } from '../api/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { type PracticeStrings, practiceTranslate } from '../i18n/practice-strings.ts';
import SimulatedManager from '../manager/SimulatedManager.tsx';
import { startSandbox } from '../sandbox/start.ts';
import { openScreen, refreshManager } from '../stores/manager.ts';
import './sandbox.css';

/** The page passes the strings of its language (parsed at build time): they are all this page is about. */
type Props = { locale: Locale; strings: PracticeStrings };

/**
 * Free practice: starts the mock backend (MSW, fetched now and not before), then shows the
 * simulated Manager with a button that puts the practice account back to its seed.
 */
export default function Sandbox({ locale, strings }: Props) {
  const t = useMemo(() => practiceTranslate(locale, strings), [locale, strings]);
  const [state, setState] = useState<'starting' | 'ready' | 'failed'>('starting');
  const [resetMessage, setResetMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    startSandbox().then(
      () => setState('ready'),
      () => setState('failed'),
    );
  }, [attempt]);

  async function reset() {
    setResetMessage(null);
    try {
      await createApiClient().resetSandbox();
      openScreen('dashboard');
      refreshManager();
      setResetMessage(t('sandbox.resetDone'));
    } catch {
      setResetMessage(t('sandbox.error.server-error'));
    }
  }

  return (
    <div class="sandbox">
      <div class="sandbox__tools">
        <button type="button" class="sandbox__reset" disabled={state !== 'ready'} onClick={reset}>
          {t('sandbox.reset')}
        </button>
        <p role="status" class="sandbox__status">
          {state === 'starting' ? t('sandbox.starting') : resetMessage}
        </p>
      </div>
      {state === 'failed' && (
        <div role="alert" class="sandbox__failed">
          <p>{t('sandbox.startFailed')}</p>
          <button
            type="button"
            onClick={() => {
              setState('starting');
              setAttempt(attempt + 1);
            }}
          >
            {t('sandbox.retry')}
          </button>
        </div>
      )}
      {state === 'ready' && <SimulatedManager locale={locale} t={t} />}
    </div>
  );
}
