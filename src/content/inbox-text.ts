import { pickStrings } from '../i18n/format.ts';
import { type Locale, localeCodes } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/t.ts';
import type { GuideFacts } from './guide-files.ts';
import { guideCatalog } from './guides.ts';
import { walkthroughSentences } from './walkthrough-sentences.ts';

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

/**
 * For the insights: each guide's title, the file a writer edits, and its walkthroughs' step
 * sentences, in every locale (the translation, or the English it falls back to).
 */
export async function guideFactsByLocale(): Promise<Record<Locale, Record<string, GuideFacts>>> {
  const catalog = await guideCatalog();
  return Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      Object.fromEntries(
        (catalog.get(locale) ?? []).map((guide) => [
          guide.slug,
          {
            title: guide.entry.data.title,
            file: `content/guides/${guide.entry.id}.mdx`,
            walkthroughs: walkthroughSentences(guide.entry.body ?? ''),
          },
        ]),
      ),
    ]),
  ) as Record<Locale, Record<string, GuideFacts>>;
}
