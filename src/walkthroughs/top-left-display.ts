import { CustomizationSchema } from '../api/organizations.ts';
import { customizationFacts } from './customization-facts.ts';
import type { Walkthrough } from './engine.ts';
import { click, on, step } from './steps.ts';

/** What the Manager accepts as initials (the contract's rule, so the walkthrough never asks for less). */
const validInitials = (value: string) =>
  CustomizationSchema.safeParse({ square: { kind: 'initials', initials: value }, rectangularLogoName: null }).success;

/**
 * The left Customize button: the square holds a logo alone, or initials that leave room for a
 * rectangular logo. The walkthrough follows the initials; choosing the logo skips to Save, since
 * the initials and rectangular-logo steps then do not apply.
 */
export const topLeftDisplay: Walkthrough = {
  id: 'top-left-display',
  start: { screen: 'customization' },
  steps: [
    step(click('customize-top-left')),
    // Initials may already be chosen: typing them, or picking a rectangular logo, says so too.
    step(
      click('customize-initials', {
        or: [
          { on: on('customize-square-logo'), skipTo: 4 },
          { on: on('customize-initials-input') },
          { on: on('customize-rectangular-logo'), skipTo: 3 },
        ],
      }),
    ),
    step({
      kind: 'type',
      on: on('customize-initials-input'),
      value: 'AM',
      accepts: validInitials,
      hint: 'walkthrough.action.initials',
    }),
    // "Or none": any choice will do, leaving it at none included (then Save counts for both).
    step({ kind: 'type', on: on('customize-rectangular-logo'), value: 'wide-logo.svg', accepts: () => true }),
    step(click('customization-save')),
  ],
  changesAccount: true,
  facts: customizationFacts,
};
