import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import { openScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { TextField } from '../shared/Field.tsx';
import { Screen } from '../shared/Screen.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { asApiError, useLoad } from '../shared/useLoad.ts';

/** Security and recovery: the Recovery Email box (Edit) and the way to Security settings. */
export function SecurityScreen() {
  const { t, api } = useManager();
  const profile = useLoad(api.getProfile);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (profile.status === 'loading') return <Loading />;
  if (profile.status === 'error') return <ErrorNotice error={profile.error} onRetry={profile.reload} />;

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      profile.setData(await api.updateRecoveryEmail(value));
      setEditing(false);
      setSaved(t('sandbox.saved'));
    } catch (caught) {
      setError(asApiError(caught));
    }
    setBusy(false);
  }

  const fieldError = error?.fieldErrors.recoveryEmail;
  return (
    <Screen title={t('manager.securityAndRecovery')} back="profile">
      <div class="mgr-grid">
        <section class="mgr-card" aria-labelledby="mgr-recovery-title">
          <h3 id="mgr-recovery-title">{t('manager.recoveryEmail')}</h3>
          <p class="mgr-muted">{t('sandbox.security.recoveryIntro')}</p>
          {editing ? (
            <form onSubmit={save} noValidate>
              {error && !fieldError && <ErrorNotice error={error} />}
              <TextField
                label={t('sandbox.security.newRecoveryEmail')}
                type="email"
                autocomplete="email"
                value={value}
                onInput={(event) => setValue(event.currentTarget.value)}
                error={fieldError}
                target="recovery-email-input"
                autoFocus
              />
              <div class="mgr-actions">
                <button type="button" class="mgr-button mgr-button--ghost" onClick={() => setEditing(false)}>
                  {t('sandbox.cancel')}
                </button>
                <button
                  type="submit"
                  class="mgr-button mgr-button--primary"
                  data-target="recovery-email-save"
                  disabled={busy}
                >
                  {busy ? t('sandbox.saving') : t('manager.save')}
                </button>
              </div>
            </form>
          ) : (
            <>
              <p class="mgr-value" data-testid="recovery-email">
                {profile.data.recoveryEmail ?? t('sandbox.security.noRecovery')}
              </p>
              <button
                type="button"
                class="mgr-button"
                data-target="recovery-email-edit"
                onClick={() => {
                  setValue(profile.data.recoveryEmail ?? '');
                  setError(null);
                  setSaved(null);
                  setEditing(true);
                }}
              >
                {t('manager.edit')}
              </button>
            </>
          )}
          <Announcement message={saved} />
        </section>
        <section class="mgr-card" aria-labelledby="mgr-security-settings-title">
          <h3 id="mgr-security-settings-title">{t('manager.securitySettings')}</h3>
          <p class="mgr-muted">{t('sandbox.security.settingsIntro')}</p>
          <button
            type="button"
            class="mgr-button"
            data-target="security-settings"
            onClick={() => openScreen('security-settings')}
          >
            {t('manager.securitySettings')}
          </button>
        </section>
      </div>
    </Screen>
  );
}
