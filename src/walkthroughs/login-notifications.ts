import { lockAttemptsRange } from '../api/security.ts';
import type { Walkthrough } from './engine.ts';
import { click, on, step } from './steps.ts';

const inLockRange = (value: string) =>
  /^\d+$/.test(value.trim()) && Number(value) >= lockAttemptsRange.min && Number(value) <= lockAttemptsRange.max;

/**
 * Login emails and the lock threshold: from the profile, Manage security → Security settings →
 * choose the events → choose after how many failed attempts the account locks → Save.
 */
export const loginNotifications: Walkthrough = {
  id: 'login-notifications',
  start: { screen: 'profile' },
  steps: [
    step(click('manage-security')),
    step(click('security-settings')),
    step(click('login-alerts-every-login', { or: [{ on: on('login-alerts-failed-only') }] })),
    step(
      {
        kind: 'type',
        on: on('lock-attempts-input'),
        value: String(lockAttemptsRange.min),
        accepts: inLockRange,
        hint: 'walkthrough.action.lockAttempts',
        hintValues: lockAttemptsRange,
      },
      click('security-settings-save'),
    ),
  ],
  changesAccount: true,
  async facts(api, t) {
    const settings = await api.getSecuritySettings();
    const attempts = settings.lockAfterFailedAttempts;
    return [
      { label: t('walkthrough.fact.loginAlerts'), value: t(`sandbox.security.alerts.${settings.loginAlerts}`) },
      {
        label: t('walkthrough.fact.lock'),
        value:
          attempts === null
            ? t('walkthrough.fact.lockOff')
            : t('walkthrough.fact.lockAfterAttempts', { count: attempts }),
      },
    ];
  },
};
