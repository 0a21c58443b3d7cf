import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import { type KSuite, KSuitePlanSchema, kSuiteStorageOptions } from '../../api/index.ts';
import { kSuitePlanNames } from '../brand-names.ts';
import { useManager } from '../context.ts';
import { SelectField, TextField } from '../shared/Field.tsx';
import { ErrorNotice } from '../shared/Status.tsx';
import { asApiError } from '../shared/useLoad.ts';

/** Modify Subscription: plan, number of users and storage; the server checks them against the plan. */
export function ModifySubscriptionForm({
  ksuite,
  onSaved,
  onCancel,
}: {
  ksuite: KSuite;
  onSaved: (ksuite: KSuite) => void;
  onCancel: () => void;
}) {
  const { t, api } = useManager();
  const [plan, setPlan] = useState(ksuite.plan);
  const [users, setUsers] = useState(String(ksuite.users));
  const [storageGb, setStorageGb] = useState(ksuite.storageGb);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.modifyKSuite(ksuite.id, { plan, users: Number(users), storageGb }));
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  return (
    <form class="mgr-subform" onSubmit={submit} noValidate aria-label={t('manager.modifySubscription')}>
      <h4>{t('manager.modifySubscription')}</h4>
      {error && <ErrorNotice error={error} />}
      <SelectField
        label={t('sandbox.ksuite.plan')}
        value={plan}
        onChange={(event) => setPlan(KSuitePlanSchema.parse(event.currentTarget.value))}
        error={error?.fieldErrors.plan}
        target="ksuite-plan"
      >
        {KSuitePlanSchema.options.map((option) => (
          <option key={option} value={option}>
            {kSuitePlanNames[option]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('sandbox.ksuite.users')}
        type="number"
        inputMode="numeric"
        min={1}
        value={users}
        onInput={(event) => setUsers(event.currentTarget.value)}
        error={error?.fieldErrors.users}
        target="ksuite-users"
      />
      <SelectField
        label={t('sandbox.ksuite.storage')}
        value={String(storageGb)}
        onChange={(event) => setStorageGb(Number(event.currentTarget.value))}
        error={error?.fieldErrors.storageGb}
        target="ksuite-storage"
      >
        {kSuiteStorageOptions.map((size) => (
          <option key={size} value={size}>
            {t('sandbox.ksuite.storageOption', { size: size / 1000 })}
          </option>
        ))}
      </SelectField>
      <div class="mgr-actions">
        <button type="button" class="mgr-button mgr-button--ghost" onClick={onCancel}>
          {t('sandbox.cancel')}
        </button>
        <button type="submit" class="mgr-button mgr-button--primary" data-target="ksuite-save" disabled={busy}>
          {busy ? t('sandbox.saving') : t('manager.save')}
        </button>
      </div>
    </form>
  );
}
