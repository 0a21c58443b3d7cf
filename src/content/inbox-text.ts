import { stringsUnder } from '../i18n/compile-messages.ts';
import type { IslandStrings, KeysUnder } from '../i18n/island-strings.ts';
import { type Locale, localeCodes } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/t.ts';
import type { GuideFacts } from './guide-files.ts';
import { guideCatalog } from './guides.ts';
import { walkthroughSentences } from './walkthrough-sentences.ts';

/** What the inbox says: its own strings and the services' names. */
export type InboxKey = KeysUnder<'inbox.'> | Extract<KeysUnder<'feedback.service.'>, `${string}.name`>;

/**
 * What the inbox island needs in every language (staff choose theirs in the inbox, not in the
 * address): its own strings and the services' names; and each guide's title.
 */
export function inboxStrings(): Record<Locale, IslandStrings<InboxKey>> {
  return Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      Object.fromEntries(
        Object.entries(stringsUnder(dictionaries[locale], ['inbox.', 'feedback.service.'])).filter(
          ([key]) => !key.endsWith('.description'),
        ),
      ),
    ]),
  ) as Record<Locale, IslandStrings<InboxKey>>;
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
