import { fetchJsonOnce } from '../lib/fetch-json-once.ts';
import { siteUrl } from '../lib/urls.ts';
import type { Locale } from './locales.ts';
import { type ShippedMessage, type Translator, translator } from './messages.ts';
import type { en, UiKey } from './ui/en.ts';

/** The keys the practice Manager and the walkthroughs use: their own, and the Manager's labels. */
export type PracticeKey = Extract<UiKey, `manager.${string}` | `sandbox.${string}` | `walkthrough.${string}`>;
export type PracticeMessages = Pick<typeof en, PracticeKey>;
export type PracticeTranslate = Translator<PracticeMessages>;
export type PracticeStrings = { readonly [Key in PracticeKey]: ShippedMessage };

/** Where a language's practice strings are, parsed at build time (src/pages/[locale]/practice-strings.json.ts). */
export const practiceStringsUrl = (locale: Locale) => siteUrl(`${locale}/practice-strings.json`);

/**
 * What the practice Manager says in the reader's language, as `t()`: fetched on the first "Try it",
 * once, and only that language's (the five dictionaries never reach the browser).
 */
export const loadPracticeTranslate = (locale: Locale): Promise<PracticeTranslate> =>
  fetchJsonOnce<PracticeStrings>(practiceStringsUrl(locale)).then((strings) => practiceTranslate(locale, strings));

export function practiceTranslate(locale: Locale, strings: PracticeStrings): PracticeTranslate {
  return translator<PracticeMessages>(locale, strings);
}
