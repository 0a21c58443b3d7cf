/**
 * The facts of the practice account a walkthrough can compare, by name: a walkthrough file says
 * `outcome: { recovery-email: { is: … } }`. Each reads the account through the API: `value` is
 * language-neutral (what outcome checks compare), `text` is what the summary shows the reader.
 */
import type { ApiClient } from '../api/client.ts';
import type { PracticeKey, PracticeTranslate } from '../i18n/practice-strings.ts';
import { domainStatusKey } from '../manager/domains/status.ts';

export interface FactReading {
  label: string;
  value: string | readonly string[];
  text: string;
}

type FactReader = (api: ApiClient, t: PracticeTranslate) => Promise<FactReading>;

/** The practice account's failed transfer (mocks/db/seed.ts). */
const failedTransferDomain = 'morel-ceramique.com';

const listOr = (t: PracticeTranslate, texts: readonly string[]) => texts.join(', ') || t('walkthrough.fact.none');

async function currentCustomization(api: ApiClient) {
  const { currentOrganizationId } = await api.getOrganizations();
  return api.getCustomization(currentOrganizationId);
}

export const facts = {
  'recovery-email': async (api, t) => {
    const { recoveryEmail } = await api.getProfile();
    return {
      label: t('manager.recoveryEmail'),
      value: recoveryEmail ?? '',
      text: recoveryEmail ?? t('walkthrough.fact.none'),
    };
  },
  'newsletter-themes': async (api, t) => {
    const subscribed = (await api.getNewsletter()).themes.filter((theme) => theme.subscribed).map((theme) => theme.id);
    const names = subscribed.map((id) => t(`sandbox.news.theme.${id}` as PracticeKey));
    return { label: t('walkthrough.fact.newsletter'), value: subscribed, text: listOr(t, names) };
  },
  'current-organization': async (api, t) => {
    const { organizations, currentOrganizationId } = await api.getOrganizations();
    const name = organizations.find((organization) => organization.id === currentOrganizationId)?.name ?? '';
    return { label: t('walkthrough.fact.currentOrganization'), value: currentOrganizationId, text: name };
  },
  organizations: async (api, t) => {
    const { organizations } = await api.getOrganizations();
    return {
      label: t('walkthrough.fact.organizations'),
      value: organizations.map((organization) => organization.id),
      text: organizations.map((organization) => organization.name).join(', '),
    };
  },
  'ksuite-users': async (api, t) => {
    const [ksuite] = (await api.getKSuites()).ksuites;
    return {
      label: t('walkthrough.fact.ksuiteUsers', { name: ksuite?.name ?? '' }),
      value: String(ksuite?.users ?? ''),
      text: String(ksuite?.users ?? ''),
    };
  },
  'top-left': async (api, t) => {
    const { square } = await currentCustomization(api);
    return square.kind === 'logo'
      ? {
          label: t('walkthrough.fact.topLeft'),
          value: `logo:${square.logoName}`,
          text: t('walkthrough.fact.squareLogo', { file: square.logoName }),
        }
      : {
          label: t('walkthrough.fact.topLeft'),
          value: `initials:${square.initials}`,
          text: t('walkthrough.fact.initials', { initials: square.initials }),
        };
  },
  'rectangular-logo': async (api, t) => {
    const { rectangularLogoName } = await currentCustomization(api);
    return {
      label: t('walkthrough.fact.rectangularLogo'),
      value: rectangularLogoName ?? '',
      text: rectangularLogoName ?? t('walkthrough.fact.none'),
    };
  },
  'payment-profiles': async (api, t) => {
    const { paymentProfiles } = await api.getPaymentProfiles();
    return {
      label: t('walkthrough.fact.paymentProfiles'),
      value: paymentProfiles.map((profile) => profile.label),
      text: listOr(
        t,
        paymentProfiles.map((profile) => `${profile.label} (•••• ${profile.last4})`),
      ),
    };
  },
  'failed-transfer': async (api, t) => {
    const domain = await api.getDomain(failedTransferDomain);
    return {
      label: t('walkthrough.fact.transfer', { domain: failedTransferDomain }),
      value: domain.transfer?.status ?? 'active',
      text: t(domainStatusKey(domain)),
    };
  },
  devices: async (api, t) => {
    const devices = (await api.getSessions()).sessions.map((session) => session.device);
    return { label: t('walkthrough.fact.devices'), value: devices, text: devices.join(', ') };
  },
  'login-alerts': async (api, t) => {
    const { loginAlerts } = await api.getSecuritySettings();
    return {
      label: t('walkthrough.fact.loginAlerts'),
      value: loginAlerts,
      text: t(`sandbox.security.alerts.${loginAlerts}`),
    };
  },
  'account-lock': async (api, t) => {
    const attempts = (await api.getSecuritySettings()).lockAfterFailedAttempts;
    return {
      label: t('walkthrough.fact.lock'),
      value: attempts === null ? 'off' : String(attempts),
      text:
        attempts === null
          ? t('walkthrough.fact.lockOff')
          : t('walkthrough.fact.lockAfterAttempts', { count: attempts }),
    };
  },
  account: async (api, t) => {
    const active = await api.getProfile().then(
      () => true,
      () => false,
    );
    return {
      label: t('walkthrough.fact.account'),
      value: active ? 'active' : 'deleted',
      text: t(active ? 'walkthrough.fact.accountActive' : 'walkthrough.fact.accountDeleted'),
    };
  },
} satisfies Record<string, FactReader>;

export type FactName = keyof typeof facts;
export const factNames = Object.keys(facts) as FactName[];

/** One line of what the practice account looks like, named: "Recovery Email" → "camille@…". */
export interface Fact extends FactReading {
  name: FactName;
}

/** Reads the named facts, in order. */
export async function readFacts(names: readonly FactName[], api: ApiClient, t: PracticeTranslate): Promise<Fact[]> {
  return Promise.all(names.map(async (name) => ({ name, ...(await facts[name](api, t)) })));
}
