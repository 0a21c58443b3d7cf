import { pickStrings } from '../i18n/format.ts';
import { type Locale, localeCodes } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/t.ts';
import { guideCatalog } from './guides.ts';

/**
 * What the inbox island needs in every language (staff choose theirs in the inbox, not in the
 * address): its own strings and the services' names; and each guide's title.
 */
export function inboxStrings(): Record<Locale, Record<string, string>> {
  return Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      Object.fromEntries(
        Object.entries(pickStrings(dictionaries[locale], ['inbox.', 'feedback.service.'])).filter(
          ([key]) => !key.endsWith('.description'),
        ),
      ),
    ]),
  ) as Record<Locale, Record<string, string>>;
}

export async function guideTitles(): Promise<Record<Locale, Record<string, string>>> {
  const catalog = await guideCatalog();
  return Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      Object.fromEntries((catalog.get(locale) ?? []).map((guide) => [guide.slug, guide.entry.data.title])),
    ]),
  ) as Record<Locale, Record<string, string>>;
}
