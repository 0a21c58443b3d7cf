import { demoPassword } from '../sandbox/practice-account.ts';
import type { Walkthrough } from './engine.ts';
import { click, filled, logIn, on, step } from './steps.ts';

const deleting = [
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
];

/**
 * Delete the account: profile → trash can → the password → confirm. Only the practice account goes.
 * The refusal path plays the same steps once Camille is the only account of Atelier Morel.
 */
export const deleteAccount: Walkthrough = {
  id: 'delete-account',
  start: { screen: 'dashboard' },
  steps: deleting,
  refusal: {
    steps: deleting,
    situation: 'alone-in-organization',
    offer: 'walkthrough.offer.deleteRefused',
    returnOffer: 'walkthrough.offer.deleteAllowed',
  },
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
