import { openScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Icon } from '../shared/Icon.tsx';
import { Screen } from '../shared/Screen.tsx';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { useLoad } from '../shared/useLoad.ts';

/** The Manager's home: a greeting and shortcuts to the products of the current organization. */
export function Dashboard() {
  const { t, api } = useManager();
  const profile = useLoad(api.getProfile);
  if (profile.status === 'loading') return <Loading />;
  if (profile.status === 'error') return <ErrorNotice error={profile.error} onRetry={profile.reload} />;
  return (
    <Screen title={t('sandbox.hello', { name: profile.data.firstName })}>
      <p class="mgr-muted">{t('sandbox.dashboardIntro')}</p>
      <div class="mgr-grid">
        <button type="button" class="mgr-card mgr-card--link" onClick={() => openScreen('ksuite')}>
          <Icon name="suite" />
          <span>{t('manager.kSuite')}</span>
        </button>
        <button type="button" class="mgr-card mgr-card--link" onClick={() => openScreen('domains')}>
          <Icon name="globe" />
          <span>{t('manager.domains')}</span>
        </button>
        <button type="button" class="mgr-card mgr-card--link" onClick={() => openScreen('payment-profiles')}>
          <Icon name="card" />
          <span>{t('manager.paymentProfiles')}</span>
        </button>
      </div>
    </Screen>
  );
}
