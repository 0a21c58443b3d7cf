import type { Walkthrough } from './engine.ts';
import { click, logIn, step } from './steps.ts';

/** Customization page: Settings in the sidebar, then Customization. Nothing is saved. */
export const openCustomization: Walkthrough = {
  id: 'open-customization',
  start: { screen: 'dashboard' },
  steps: [logIn, step(click('sidebar-settings')), step(click('sidebar-customization'))],
  changesAccount: false,
  facts: async () => [],
};
