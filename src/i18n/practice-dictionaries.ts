import { compileMessages } from './compile-messages.ts';
import type { Locale } from './locales.ts';
import type { PracticeStrings } from './practice-strings.ts';
import practiceDe from './ui/practice/de.ts';
import practiceEn from './ui/practice/en.ts';
import practiceEs from './ui/practice/es.ts';
import practiceFr from './ui/practice/fr.ts';
import practiceIt from './ui/practice/it.ts';

const dictionaries = { en: practiceEn, fr: practiceFr, de: practiceDe, it: practiceIt, es: practiceEs };

/** A language's practice strings, parsed: what the build writes to `<locale>/practice-strings.json`. */
export function practiceStrings(locale: Locale): PracticeStrings {
  return compileMessages(dictionaries[locale]);
}
