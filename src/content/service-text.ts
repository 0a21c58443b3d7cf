import { compileMessages, stringsUnder } from '../i18n/compile-messages.ts';
import type { IslandStrings, KeysUnder } from '../i18n/island-strings.ts';
import type { Locale } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/t.ts';
import type { UiKey } from '../i18n/ui/en.ts';
import { services } from './services.ts';

const isKey = (key: string): key is UiKey => key in dictionaries.en;

/** A service's (or `help-center`'s) name in a locale: product names as they are, descriptive ones translated. */
export function serviceName(locale: Locale, id: string): string {
  const key = `feedback.service.${id}.name`;
  return isKey(key) ? dictionaries[locale][key] : id;
}

/** The one-line description of a service in a locale. */
export function serviceDescription(locale: Locale, id: string): string {
  const key = `feedback.service.${id}.description`;
  return isKey(key) ? dictionaries[locale][key] : '';
}

/** Service id → name, for islands that show names of several services. */
export const serviceNames = (locale: Locale): Record<string, string> =>
  Object.fromEntries(
    [...services.map((service) => service.id), 'help-center'].map((id) => [id, serviceName(locale, id)]),
  );

/** What the feedback islands say (not the service names, passed apart). */
export type FeedbackIslandKey =
  | Exclude<KeysUnder<'feedback.'>, KeysUnder<'feedback.service.'> | KeysUnder<'feedback.list.'>>
  | KeysUnder<'helpful.yes' | 'helpful.no' | 'helpful.reason.'>;

/** What "Was this guide helpful?" says: it ships with every guide page, so only that. */
export type HelpfulIslandKey = KeysUnder<'helpful.'> | 'feedback.errorSummary.title' | 'feedback.error.other';

const isFeedbackIslandKey = (key: string) => !key.startsWith('feedback.service.') && !key.startsWith('feedback.list.');

export function feedbackIslandStrings(locale: Locale): IslandStrings<FeedbackIslandKey> {
  const all = stringsUnder(dictionaries[locale], ['feedback.', 'helpful.yes', 'helpful.no', 'helpful.reason.']);
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => isFeedbackIslandKey(key)),
  ) as IslandStrings<FeedbackIslandKey>;
}

export function helpfulIslandStrings(locale: Locale): IslandStrings<HelpfulIslandKey> {
  const { 'feedback.errorSummary.title': title, 'feedback.error.other': other } = dictionaries[locale];
  return {
    ...stringsUnder(dictionaries[locale], ['helpful.']),
    ...compileMessages({ 'feedback.errorSummary.title': title, 'feedback.error.other': other }),
  };
}
