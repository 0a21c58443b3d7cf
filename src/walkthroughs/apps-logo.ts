import { customizationFacts } from './customization-facts.ts';
import type { Walkthrough } from './engine.ts';
import { click, filled, on, step } from './steps.ts';

/** The right Customize button: one rectangular logo, shown in kDrive, Mail and the Manager alike. */
export const appsLogo: Walkthrough = {
  id: 'apps-logo',
  start: { screen: 'customization' },
  steps: [
    step(click('customize-apps')),
    step({ kind: 'type', on: on('customize-rectangular-logo'), value: 'wide-logo.svg', accepts: filled }),
    step(click('customization-save')),
  ],
  changesAccount: true,
  facts: customizationFacts,
};
