import { useState } from 'preact/hooks';
import type { PaymentProfile } from '../../api/index.ts';
import { useManager } from '../context.ts';
import { Icon } from '../shared/Icon.tsx';
import { Screen } from '../shared/Screen.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { CardForm } from './CardForm.tsx';

const brandNames = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', other: '' } as const;

/** Accounting → Payment Profiles: the saved cards, Edit on each, and adding one. */
export function PaymentProfilesScreen() {
  const { t, api } = useManager();
  const list = useLoad(api.getPaymentProfiles);
  const [editing, setEditing] = useState<PaymentProfile | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <ErrorNotice error={list.error} onRetry={list.reload} />;

  const onSaved = () => {
    setEditing(null);
    setSaved(t('sandbox.saved'));
    list.reload();
  };

  return (
    <Screen
      title={t('manager.paymentProfiles')}
      actions={
        editing === null && (
          <button
            type="button"
            class="mgr-button mgr-button--primary"
            data-target="payment-profile-add"
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            <Icon name="plus" size={16} />
            {t('sandbox.pay.add')}
          </button>
        )
      }
    >
      <Announcement message={saved} />
      {editing === 'new' && <CardForm onSaved={onSaved} onCancel={() => setEditing(null)} />}
      {list.data.paymentProfiles.length === 0 && <p class="mgr-muted">{t('sandbox.pay.none')}</p>}
      <ul class="mgr-list">
        {list.data.paymentProfiles.map((profile) => (
          <li key={profile.id} class="mgr-list__row mgr-list__row--wrap">
            <Icon name="card" size={24} />
            <div class="mgr-list__main">
              <p class="mgr-strong">
                {profile.label} {profile.isDefault && <span class="mgr-badge">{t('sandbox.pay.default')}</span>}
              </p>
              <p class="mgr-muted mgr-small">
                {brandNames[profile.brand]} {t('sandbox.pay.card', { last4: profile.last4 })} · {profile.holder} ·{' '}
                {t('sandbox.pay.expires', {
                  month: String(profile.expiryMonth).padStart(2, '0'),
                  year: profile.expiryYear,
                })}
              </p>
            </div>
            {editing !== profile && (
              <button
                type="button"
                class="mgr-button"
                aria-label={t('sandbox.pay.editProfile', { name: profile.label })}
                data-target="payment-profile-edit"
                onClick={() => {
                  setSaved(null);
                  setEditing(profile);
                }}
              >
                {t('manager.edit')}
              </button>
            )}
            {editing === profile && <CardForm profile={profile} onSaved={onSaved} onCancel={() => setEditing(null)} />}
          </li>
        ))}
      </ul>
    </Screen>
  );
}
