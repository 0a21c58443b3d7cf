import type { Walkthrough } from './engine.ts';
import { click, on, step } from './steps.ts';

/** Login emails: from the profile, Manage security → Security settings → choose the events → Save. */
export const loginNotifications: Walkthrough = {
  id: 'login-notifications',
  start: { screen: 'profile' },
  steps: [
    step(click('manage-security')),
    step(click('security-settings')),
    step(
      click('login-alerts-every-login', { or: [{ on: on('login-alerts-failed-only') }] }),
      click('security-settings-save'),
    ),
  ],
  changesAccount: true,
  async facts(api, t) {
    const settings = await api.getSecuritySettings();
    return [{ label: t('walkthrough.fact.loginAlerts'), value: t(`sandbox.security.alerts.${settings.loginAlerts}`) }];
  },
};
