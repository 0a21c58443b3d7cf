import type { FactReading } from './facts.ts';
import { type FactExpectation, factsOf, type Walkthrough } from './script.ts';

const asList = (value: FactReading['value']) => (typeof value === 'string' ? [value] : [...value]);
const shown = (value: FactReading['value']) => (typeof value === 'string' ? value : value.join(', '));

function meets(expected: FactExpectation, value: FactReading['value']): boolean {
  if ('is' in expected) return shown(value) === expected.is;
  if ('is-not' in expected) return shown(value) !== expected['is-not'];
  if ('includes' in expected) return asList(value).includes(expected.includes);
  if ('excludes' in expected) return !asList(value).includes(expected.excludes);
  return asList(value).length === expected.count;
}

/**
 * What the practice account shows that its walkthrough file said it would not, once the
 * walkthrough was followed with its own values: one sentence per fact, none when all is as written.
 * `values` holds what each fact reads now (by name).
 */
export function unmetOutcome(script: Walkthrough, values: Readonly<Record<string, FactReading['value']>>): string[] {
  return factsOf(script).flatMap((name) => {
    const expected = script.outcome[name];
    const value = values[name];
    if (!expected) return [];
    if (value === undefined) return [`${name}: not read`];
    return meets(expected, value) ? [] : [`${name} should be ${JSON.stringify(expected)}, is ${JSON.stringify(value)}`];
  });
}
