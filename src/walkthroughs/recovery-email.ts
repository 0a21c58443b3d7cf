import type { Walkthrough } from './engine.ts';
import { click, emailLike, logIn, on, step } from './steps.ts';

/** Recovery email: profile → Manage security → Edit → type the new address → Save. */
export const recoveryEmail: Walkthrough = {
  id: 'recovery-email',
  start: { screen: 'dashboard' },
  steps: [
    logIn,
    step(click('profile-menu')),
    step(click('manage-my-profile')),
    step(click('manage-security')),
    step(click('recovery-email-edit')),
    step(
      { kind: 'type', on: on('recovery-email-input'), value: 'camille.practice@example.com', accepts: emailLike },
      click('recovery-email-save'),
    ),
  ],
  changesAccount: true,
  async facts(api, t) {
    const profile = await api.getProfile();
    return [{ label: t('manager.recoveryEmail'), value: profile.recoveryEmail ?? t('walkthrough.fact.none') }];
  },
};
