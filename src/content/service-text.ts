import { pickStrings } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/t.ts';
import type { UiKey } from '../i18n/ui/en.ts';
import { services } from './services.ts';

/** A service's (or `help-center`'s) name in a locale: product names as they are, descriptive ones translated. */
export const serviceName = (locale: Locale, id: string): string =>
  dictionaries[locale][`feedback.service.${id}.name` as UiKey] ?? id;

/** The one-line description of a service in a locale. */
export const serviceDescription = (locale: Locale, id: string): string =>
  dictionaries[locale][`feedback.service.${id}.description` as UiKey] ?? '';

/** Service id → name, for islands that show names of several services. */
export const serviceNames = (locale: Locale): Record<string, string> =>
  Object.fromEntries(
    [...services.map((service) => service.id), 'help-center'].map((id) => [id, serviceName(locale, id)]),
  );

/** The strings the feedback islands need (not the service names, passed apart). */
export const feedbackIslandStrings = (locale: Locale): Record<string, string> =>
  Object.fromEntries(
    Object.entries(
      pickStrings(dictionaries[locale], ['feedback.', 'helpful.yes', 'helpful.no', 'helpful.reason.']),
    ).filter(([key]) => !key.startsWith('feedback.service.') && !key.startsWith('feedback.list.')),
  );

/** The strings of "Was this guide helpful?" only: they ship with every guide page. */
export const helpfulIslandStrings = (locale: Locale): Record<string, string> =>
  pickStrings(dictionaries[locale], ['helpful.', 'feedback.errorSummary.title', 'feedback.error.other']);
