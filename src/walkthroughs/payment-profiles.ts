import { passesLuhn } from '../api/payments.ts';
import type { Walkthrough } from './engine.ts';
import { click, filled, logIn, on, step } from './steps.ts';

const nextYears = new Date().getFullYear() + 3;

/** Payment profiles: Accounting → Payment Profiles → add a card (or edit the saved one) → Save. */
export const paymentProfiles: Walkthrough = {
  id: 'payment-profiles',
  start: { screen: 'dashboard' },
  steps: [
    logIn,
    step(click('sidebar-accounting')),
    step(click('sidebar-payment-profiles')),
    step(
      // Adding and editing open the same form.
      click('payment-profile-add', { or: [{ on: on('payment-profile-edit') }] }),
      {
        kind: 'type',
        on: on('card-label-input'),
        value: 'Practice card',
        accepts: filled,
        hint: 'walkthrough.action.cardLabel',
      },
      {
        kind: 'type',
        on: on('card-holder-input'),
        value: 'Camille Morel',
        accepts: (value) => value.trim().length >= 2,
        hint: 'walkthrough.action.cardHolder',
      },
      {
        kind: 'type',
        on: on('card-number-input'),
        value: '4000 0566 5566 5556',
        accepts: (value) => /^\d{12,19}$/.test(value.replace(/[\s-]/g, '')) && passesLuhn(value.replace(/[\s-]/g, '')),
        hint: 'walkthrough.action.cardNumber',
      },
      {
        kind: 'type',
        on: on('card-expiry-month-input'),
        value: '12',
        accepts: (value) => Number(value) >= 1 && Number(value) <= 12,
        hint: 'walkthrough.action.cardMonth',
      },
      {
        kind: 'type',
        on: on('card-expiry-year-input'),
        value: String(nextYears),
        accepts: (value) => /^\d{4}$/.test(value) && Number(value) >= new Date().getFullYear(),
        hint: 'walkthrough.action.cardYear',
      },
      click('payment-profile-save', { hint: 'walkthrough.action.cardSave' }),
    ),
  ],
  changesAccount: true,
  async facts(api, t) {
    const { paymentProfiles } = await api.getPaymentProfiles();
    const cards = paymentProfiles.map((profile) => `${profile.label} (•••• ${profile.last4})`);
    return [{ label: t('walkthrough.fact.paymentProfiles'), value: cards.join(', ') || t('walkthrough.fact.none') }];
  },
};
