/**
 * Type check only (nothing imports this file): a translation may leave out a placeholder of the
 * English message (a plural branch that says "un" for #), never use one the English has not,
 * since no call would fill it. `astro check` fails on the key, naming it.
 */
import type { PlaceholderNames } from './message-values.ts';
import { de } from './ui/de.ts';
import type { en } from './ui/en.ts';
import { es } from './ui/es.ts';
import { fr } from './ui/fr.ts';
import { it } from './ui/it.ts';

type English = typeof en;

type Checked<Translation> = {
  [Key in keyof Translation]: Key extends keyof English
    ? [Exclude<PlaceholderNames<Translation[Key] & string>, PlaceholderNames<English[Key]>>] extends [never]
      ? Translation[Key]
      : `${Key}: this translation has a placeholder the English message has not`
    : Translation[Key];
};

const checked = <Translation>(translation: Checked<Translation>) => translation;

export const translationsChecked = [
  checked<typeof fr>(fr),
  checked<typeof de>(de),
  checked<typeof it>(it),
  checked<typeof es>(es),
];
