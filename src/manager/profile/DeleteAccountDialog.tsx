import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import { demoPassword } from '../../sandbox/practice-account.ts';
import { refreshManager } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { TextField } from '../shared/Field.tsx';
import { ErrorNotice } from '../shared/Status.tsx';
import { asApiError } from '../shared/useLoad.ts';

/** Confirms deleting the account with the password, typed one last time. */
export function DeleteAccountDialog({ onClose }: { onClose: () => void }) {
  const { t, api } = useManager();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.deleteAccount({ password });
      onClose();
      refreshManager();
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  const passwordError = error?.fieldErrors.password;
  return (
    <Dialog title={t('sandbox.delete.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('sandbox.delete.body')}</p>
        {error && !passwordError && <ErrorNotice error={error} />}
        <TextField
          label={t('sandbox.delete.password')}
          type="password"
          autocomplete="off"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
          error={passwordError}
          hint={t('sandbox.delete.passwordHint', { password: demoPassword })}
          target="delete-password-input"
          data-autofocus
        />
        <div class="mgr-actions">
          <button type="button" class="mgr-button mgr-button--ghost" onClick={onClose}>
            {t('sandbox.cancel')}
          </button>
          <button
            type="submit"
            class="mgr-button mgr-button--danger"
            data-target="confirm-delete-account"
            disabled={busy}
          >
            {t('sandbox.delete.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
