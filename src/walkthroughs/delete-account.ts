import { demoPassword } from '../sandbox/practice-account.ts';
import type { Walkthrough } from './engine.ts';
import { click, filled, logIn, on, step } from './steps.ts';

/** Delete the account: profile → trash can → the password → confirm. Only the practice account goes. */
export const deleteAccount: Walkthrough = {
  id: 'delete-account',
  start: { screen: 'dashboard' },
  steps: [
    logIn,
    step(click('profile-menu')),
    step(click('manage-my-profile')),
    step(click('delete-account')),
    step(
      {
        kind: 'type',
        on: on('delete-password-input'),
        value: demoPassword,
        accepts: filled,
        hint: 'walkthrough.action.password',
      },
      click('confirm-delete-account'),
    ),
  ],
  changesAccount: true,
  async facts(api, t) {
    const active = await api.getProfile().then(
      () => true,
      () => false,
    );
    return [
      {
        label: t('walkthrough.fact.account'),
        value: t(active ? 'walkthrough.fact.accountActive' : 'walkthrough.fact.accountDeleted'),
      },
    ];
  },
};
