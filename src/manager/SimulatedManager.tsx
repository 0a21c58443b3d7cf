import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { createApiClient } from '../api/client.ts';
import type { Locale } from '../i18n/locales.ts';
import type { PracticeTranslate } from '../i18n/practice-strings.ts';
import { $managerScreen, type ManagerScreen } from '../stores/manager.ts';
import { AccessScreen } from './access/AccessScreen.tsx';
import { type ManagerChannel, unwatched } from './channel.ts';
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
import { refusalMessage } from './shared/messages.ts';
import { ErrorNotice } from './shared/Status.tsx';
import { useLoad } from './shared/useLoad.ts';
import { reportControls } from './shell/control-reports.ts';
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
  /** What the Manager says, in that language (loadPracticeTranslate). */
  t: PracticeTranslate;
  /** Where the API answers; the site's `api/` (the sandbox's mock) by default. */
  apiBase?: string;
  /** Where the Manager reports what the reader did and what the API answered (a walkthrough listens). */
  channel?: ManagerChannel;
  /** False when someone else (a walkthrough) decides where the focus goes as screens open. */
  focusHeadings?: boolean;
};

/**
 * The simulated Manager: top bar, sidebar and the current screen ($managerScreen). It fits the box
 * it is put in (sandbox page or walkthrough panel) and talks only to the API, never to the mock:
 * call startSandbox() (src/sandbox/start.ts) and wait for it before rendering it against the mock.
 */
export default function SimulatedManager({ locale, t, apiBase, channel = unwatched, focusHeadings = true }: Props) {
  const api = useMemo(
    () =>
      createApiClient(apiBase, {
        watch: (call) =>
          channel.report(
            call.outcome === 'refused'
              ? {
                  type: 'call-refused',
                  route: call.route,
                  code: call.error.code,
                  message: refusalMessage(t, call.error),
                }
              : { type: call.outcome === 'started' ? 'call-started' : 'call-succeeded', route: call.route },
          ),
      }),
    [apiBase, channel, t],
  );
  const context = useMemo(() => ({ locale, t, api, channel, focusHeadings }), [locale, t, api, channel, focusHeadings]);
  const controls = useMemo(() => reportControls(channel), [channel]);
  useEffect(() => channel.report({ type: 'mounted' }), [channel]);
  const location = useStore($managerScreen);
  const profile = useLoad(api.getProfile);
  const organizations = useLoad(api.getOrganizations);
  const CurrentScreen = screens[location.screen];

  return (
    <ManagerContext.Provider value={context}>
      <section
        class="mgr"
        aria-label={t('sandbox.managerLabel')}
        data-screen={location.screen}
        onClickCapture={controls.onClickCapture}
        onInputCapture={controls.onInputCapture}
        onChangeCapture={controls.onChangeCapture}
      >
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
