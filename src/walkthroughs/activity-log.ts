import type { Walkthrough } from './engine.ts';
import { click, on, step } from './steps.ts';

const aWeekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** Activity log: from the profile, Account access and activities → Account activities → filter. */
export const activityLog: Walkthrough = {
  id: 'activity-log',
  start: { screen: 'profile' },
  steps: [
    step(click('access-manage')),
    step(click('account-activities-tab')),
    // A date, a product or an action type: any filter does.
    step({
      kind: 'type',
      on: on('activity-filter-from'),
      value: aWeekAgo,
      accepts: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
      or: [on('activity-filter-to'), on('activity-filter-product'), on('activity-filter-action')],
    }),
  ],
  changesAccount: false,
  facts: async () => [],
};
