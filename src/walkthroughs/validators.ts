/**
 * What a walkthrough accepts as typed, by name: a walkthrough file says `check: email`. Each rule
 * comes from the API contract where the contract has one, so a walkthrough never asks for less than
 * the practice Manager accepts. `values` fill the placeholders of the step's hint ("3 to 10").
 */
import { CustomizationSchema } from '../api/organizations.ts';
import { passesLuhn } from '../api/payments.ts';
import { lockAttemptsRange } from '../api/security.ts';

export interface Validator {
  accepts: (value: string) => boolean;
  values?: Readonly<Record<string, number>>;
}

const digitsOf = (value: string) => value.replace(/[\s-]/g, '');
const thisYear = () => new Date().getFullYear();
const whole = (value: string) => /^\d+$/.test(value.trim());

const definitions = {
  /** Any choice, leaving it as it is included. */
  anything: { accepts: () => true },
  /** Any text with something in it. */
  filled: { accepts: (value) => value.trim() !== '' },
  /** A plausible email address (the server has the last word). */
  email: { accepts: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value.trim()) },
  /** A date as a date field gives it. */
  date: { accepts: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) },
  'card-holder': { accepts: (value) => value.trim().length >= 2 },
  'card-number': { accepts: (value) => /^\d{12,19}$/.test(digitsOf(value)) && passesLuhn(digitsOf(value)) },
  'card-month': { accepts: (value) => whole(value) && Number(value) >= 1 && Number(value) <= 12 },
  'card-year': { accepts: (value) => /^\d{4}$/.test(value) && Number(value) >= thisYear() },
  'lock-attempts': {
    accepts: (value) =>
      whole(value) && Number(value) >= lockAttemptsRange.min && Number(value) <= lockAttemptsRange.max,
    values: lockAttemptsRange,
  },
  /** At least the 2 users the practice kSuite has in use (mocks/db/seed.ts; the server refuses fewer). */
  'ksuite-users': { accepts: (value) => whole(value) && Number(value) >= 2, values: { min: 2 } },
  /** What the Manager accepts as initials. */
  initials: {
    accepts: (value) =>
      CustomizationSchema.safeParse({ square: { kind: 'initials', initials: value }, rectangularLogoName: null })
        .success,
  },
} satisfies Record<string, Validator>;

export type ValidatorName = keyof typeof definitions;
export const validators: Readonly<Record<ValidatorName, Validator>> = definitions;
export const validatorNames = Object.keys(definitions) as ValidatorName[];
