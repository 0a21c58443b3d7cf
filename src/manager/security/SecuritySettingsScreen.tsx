import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import { type LoginAlerts, lockAttemptsRange, type SecuritySettings } from '../../api/index.ts';
import { useManager } from '../context.ts';
import { TextField } from '../shared/Field.tsx';
import { Screen } from '../shared/Screen.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { asApiError, useLoad } from '../shared/useLoad.ts';
import type { ManagerTarget } from '../targets.ts';

const alertChoices: Array<{ value: LoginAlerts; target?: ManagerTarget }> = [
  { value: 'every-login', target: 'login-alerts-every-login' },
  { value: 'failed-only', target: 'login-alerts-failed-only' },
  { value: 'none' },
];

/** Security settings: which logins send an email, and locking the account after N failed attempts. */
export function SecuritySettingsScreen() {
  const { t, api } = useManager();
  const settings = useLoad(api.getSecuritySettings);
  // null until the reader changes something: until then the saved settings are shown.
  const [edited, setEdited] = useState<SecuritySettings | null>(null);
  const [typedAttempts, setTypedAttempts] = useState<string | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (settings.status === 'loading') return <Loading />;
  if (settings.status === 'error') return <ErrorNotice error={settings.error} onRetry={settings.reload} />;
  const stored = settings.data;
  const draft = edited ?? stored;
  const attempts = typedAttempts ?? String(stored.lockAfterFailedAttempts ?? lockAttemptsRange.min);

  async function save(event: Event) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    try {
      // Anything that is not a number goes as 0, so the server answers with its range error.
      const typed = Number(attempts.trim() || Number.NaN);
      const lock = draft.lockAfterFailedAttempts === null ? null : Number.isFinite(typed) ? typed : 0;
      settings.setData(await api.saveSecuritySettings({ ...draft, lockAfterFailedAttempts: lock }));
      setEdited(null);
      setTypedAttempts(null);
      setSaved(t('sandbox.saved'));
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  // Functional update: two quick changes (a walkthrough, a fast reader) must not lose the first one.
  const change = (next: Partial<SecuritySettings>) => {
    setSaved(null);
    setEdited((current) => ({ ...(current ?? stored), ...next }));
  };

  return (
    <Screen title={t('manager.securitySettings')} back="security">
      <form class="mgr-card" onSubmit={save} noValidate>
        <fieldset class="mgr-fieldset">
          <legend>{t('sandbox.security.alerts')}</legend>
          {alertChoices.map(({ value, target }) => (
            <label key={value} class="mgr-choice">
              <input
                type="radio"
                name="login-alerts"
                value={value}
                checked={draft.loginAlerts === value}
                data-target={target}
                onChange={() => change({ loginAlerts: value })}
              />
              {t(`sandbox.security.alerts.${value}`)}
            </label>
          ))}
        </fieldset>
        <label class="mgr-choice">
          <input
            type="checkbox"
            checked={draft.lockAfterFailedAttempts !== null}
            onChange={(event) =>
              change({
                lockAfterFailedAttempts: event.currentTarget.checked ? Number(attempts) || lockAttemptsRange.min : null,
              })
            }
          />
          {t('sandbox.security.lockEnabled')}
        </label>
        {draft.lockAfterFailedAttempts !== null && (
          <TextField
            label={t('sandbox.security.lock')}
            type="number"
            inputMode="numeric"
            min={lockAttemptsRange.min}
            max={lockAttemptsRange.max}
            value={attempts}
            onInput={(event) => {
              setSaved(null);
              setTypedAttempts(event.currentTarget.value);
            }}
            hint={t('sandbox.security.lockHint', lockAttemptsRange)}
            error={error?.fieldErrors.lockAfterFailedAttempts}
            target="lock-attempts-input"
          />
        )}
        {error && !error.fieldErrors.lockAfterFailedAttempts && <ErrorNotice error={error} />}
        <div class="mgr-actions">
          <button type="submit" class="mgr-button mgr-button--primary" data-target="security-settings-save">
            {t('manager.save')}
          </button>
        </div>
        <Announcement message={saved} />
      </form>
    </Screen>
  );
}
