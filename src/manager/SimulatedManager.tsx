import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
import { useMemo } from 'preact/hooks';
import { createApiClient } from '../api/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { $managerScreen, type ManagerScreen } from '../stores/manager.ts';
import { AccessScreen } from './access/AccessScreen.tsx';
import { ManagerContext } from './context.ts';
import { CustomizationScreen } from './customization/CustomizationScreen.tsx';
import { Dashboard } from './dashboard/Dashboard.tsx';
import { DomainScreen } from './domains/DomainScreen.tsx';
import { DomainsScreen } from './domains/DomainsScreen.tsx';
import { KSuiteScreen } from './ksuite/KSuiteScreen.tsx';
import { NewsletterScreen } from './newsletter/NewsletterScreen.tsx';
import { OrganizationsScreen } from './organizations/OrganizationsScreen.tsx';
import { PaymentProfilesScreen } from './payments/PaymentProfilesScreen.tsx';
import { ProfileScreen } from './profile/ProfileScreen.tsx';
import { SecurityScreen } from './security/SecurityScreen.tsx';
import { SecuritySettingsScreen } from './security/SecuritySettingsScreen.tsx';
import { ErrorNotice } from './shared/Status.tsx';
import { useLoad } from './shared/useLoad.ts';
import { Sidebar } from './shell/Sidebar.tsx';
import { TopBar } from './shell/TopBar.tsx';
import './manager.css';

const screens: Record<ManagerScreen, ComponentType> = {
  dashboard: Dashboard,
  profile: ProfileScreen,
  newsletter: NewsletterScreen,
  security: SecurityScreen,
  'security-settings': SecuritySettingsScreen,
  organizations: OrganizationsScreen,
  ksuite: KSuiteScreen,
  customization: CustomizationScreen,
  'payment-profiles': PaymentProfilesScreen,
  domains: DomainsScreen,
  domain: DomainScreen,
  'account-access': AccessScreen,
  'account-activities': AccessScreen,
};

/** The two tabs of Account access and activities are one screen: switching tabs keeps it mounted. */
const screenKey = (screen: ManagerScreen) => (screen === 'account-activities' ? 'account-access' : screen);

type Props = {
  locale: Locale;
  /** Where the API answers; the site's `api/` (the sandbox's mock) by default. */
  apiBase?: string;
};

/**
 * The simulated Manager: top bar, sidebar and the current screen ($managerScreen). It fits the box
 * it is put in (sandbox page or walkthrough panel) and talks only to the API, never to the mock:
 * call startSandbox() (src/sandbox/start.ts) and wait for it before rendering it against the mock.
 */
export default function SimulatedManager({ locale, apiBase }: Props) {
  const t = useMemo(() => useTranslations(locale), [locale]);
  const api = useMemo(() => createApiClient(apiBase), [apiBase]);
  const context = useMemo(() => ({ locale, t, api }), [locale, t, api]);
  const location = useStore($managerScreen);
  const profile = useLoad(api.getProfile);
  const organizations = useLoad(api.getOrganizations);
  const CurrentScreen = screens[location.screen];

  return (
    <ManagerContext.Provider value={context}>
      <section class="mgr" aria-label={t('sandbox.managerLabel')} data-screen={location.screen}>
        <TopBar profile={profile.data} organizations={organizations.data} />
        <div class="mgr-body">
          <Sidebar />
          <div class="mgr-main">
            {profile.status === 'error' && profile.error.code === 'account-deleted' ? (
              <ErrorNotice error={profile.error} />
            ) : (
              <CurrentScreen key={screenKey(location.screen) + (location.domainName ?? '')} />
            )}
          </div>
        </div>
      </section>
    </ManagerContext.Provider>
  );
}
