import type { Walkthrough } from './engine.ts';
import { click, logIn, on, step } from './steps.ts';

/** kSuite: products grid (or the sidebar) → kSuite → ⋮ → Modify Subscription, then change the users and save. */
export const modifyKSuite: Walkthrough = {
  id: 'modify-ksuite',
  start: { screen: 'dashboard' },
  steps: [
    logIn,
    // The sidebar's kSuite link goes straight to the page, past the step that picks it in the grid.
    step(click('products-menu', { or: [{ on: on('sidebar-ksuite'), skipTo: 3 }] })),
    step(click('product-ksuite')),
    step(click('ksuite-actions')),
    step(
      click('modify-subscription'),
      {
        kind: 'type',
        on: on('ksuite-users'),
        value: '6',
        accepts: (value) => Number.isInteger(Number(value)) && Number(value) >= 2,
        hint: 'walkthrough.action.ksuiteUsers',
      },
      click('ksuite-save', { hint: 'walkthrough.action.ksuiteSave' }),
    ),
  ],
  changesAccount: true,
  async facts(api, t) {
    const { ksuites } = await api.getKSuites();
    return ksuites.map((ksuite) => ({
      label: t('walkthrough.fact.ksuiteUsers', { name: ksuite.name }),
      value: String(ksuite.users),
    }));
  },
};
