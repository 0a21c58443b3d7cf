import { demoPassword } from '../sandbox/practice-account.ts';

/**
 * A value that works for a typing step, as a walkthrough file writes it: the text itself, or a
 * value that depends on the day (dates, expiry years) or on the practice account (its password).
 */
export type ExampleValue =
  | string
  | { 'days-from-today': number }
  | { 'years-from-now': number }
  | { 'practice-account': 'password' };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The text to type for an example value, today. */
export function exampleText(value: ExampleValue, now = new Date()): string {
  if (typeof value === 'string') return value;
  if ('practice-account' in value) return demoPassword;
  if ('days-from-today' in value) return isoDate(new Date(now.getTime() + value['days-from-today'] * 86_400_000));
  return String(now.getFullYear() + value['years-from-now']);
}
