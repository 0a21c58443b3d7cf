import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import type { PaymentProfile } from '../../api/index.ts';
import { useManager } from '../context.ts';
import { TextField } from '../shared/Field.tsx';
import { ErrorNotice } from '../shared/Status.tsx';
import { asApiError } from '../shared/useLoad.ts';

/** Adds a card, or replaces the card of an existing profile. The server validates it. */
export function CardForm({
  profile,
  onSaved,
  onCancel,
}: {
  profile?: PaymentProfile;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, api } = useManager();
  const [card, setCard] = useState({
    label: profile?.label ?? '',
    holder: profile?.holder ?? '',
    cardNumber: '',
    expiryMonth: profile ? String(profile.expiryMonth) : '',
    expiryYear: profile ? String(profile.expiryYear) : '',
    isDefault: profile?.isDefault ?? false,
  });
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = error?.fieldErrors ?? {};

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const input = { ...card, expiryMonth: Number(card.expiryMonth), expiryYear: Number(card.expiryYear) };
    try {
      await (profile ? api.updatePaymentProfile(profile.id, input) : api.addPaymentProfile(input));
      onSaved();
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  const bind = (field: 'label' | 'holder' | 'cardNumber' | 'expiryMonth' | 'expiryYear') => ({
    value: card[field],
    onInput: (event: { currentTarget: HTMLInputElement }) => {
      const value = event.currentTarget.value;
      setCard((current) => ({ ...current, [field]: value }));
    },
    error: errors[field],
  });

  return (
    <form
      class="mgr-subform"
      onSubmit={submit}
      noValidate
      aria-label={profile ? t('manager.edit') : t('sandbox.pay.add')}
    >
      {error && <ErrorNotice error={error} />}
      <TextField label={t('sandbox.pay.label')} {...bind('label')} target="card-label-input" />
      <TextField
        label={t('sandbox.pay.holder')}
        autocomplete="cc-name"
        {...bind('holder')}
        target="card-holder-input"
      />
      <TextField
        label={t('sandbox.pay.number')}
        inputMode="numeric"
        autocomplete="off"
        hint={t('sandbox.pay.practiceHint')}
        {...bind('cardNumber')}
        target="card-number-input"
      />
      <div class="mgr-row">
        <TextField
          label={t('sandbox.pay.expiryMonth')}
          inputMode="numeric"
          placeholder="MM"
          maxLength={2}
          {...bind('expiryMonth')}
          target="card-expiry-month-input"
        />
        <TextField
          label={t('sandbox.pay.expiryYear')}
          inputMode="numeric"
          placeholder="YYYY"
          maxLength={4}
          {...bind('expiryYear')}
          target="card-expiry-year-input"
        />
      </div>
      <label class="mgr-choice">
        <input
          type="checkbox"
          checked={card.isDefault}
          onChange={(event) => {
            const isDefault = event.currentTarget.checked;
            setCard((current) => ({ ...current, isDefault }));
          }}
        />
        {t('sandbox.pay.makeDefault')}
      </label>
      <div class="mgr-actions">
        <button type="button" class="mgr-button mgr-button--ghost" onClick={onCancel}>
          {t('sandbox.cancel')}
        </button>
        <button type="submit" class="mgr-button mgr-button--primary" data-target="payment-profile-save" disabled={busy}>
          {busy ? t('sandbox.saving') : t('manager.save')}
        </button>
      </div>
    </form>
  );
}
