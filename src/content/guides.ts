import { type CollectionEntry, getCollection } from 'astro:content';
import { defaultLocale, type Locale, localeCodes } from '../i18n/locales.ts';
import type { Walkthrough } from '../walkthroughs/script.ts';
import type { TopicId } from './topics.ts';
import { topicIds } from './topics.ts';
import { walkthroughListProblems } from './walkthrough-lists.ts';

export type GuideEntry = CollectionEntry<'guides'>;

/** A guide as a reader of `locale` gets it: their translation, or the English one marked as fallback. */
export interface LocalizedGuide {
  slug: string;
  locale: Locale;
  entry: GuideEntry;
  /** The language the content is written in: the page's locale, or English when not translated yet. */
  contentLocale: Locale;
  isFallback: boolean;
}

let catalog: Promise<Map<Locale, LocalizedGuide[]>> | undefined;

/**
 * Every guide for every locale, computed once per build (not once per page: see Astro #16297),
 * sorted by topic then order. Fails the build when a translation has no English original.
 */
export function guideCatalog(): Promise<Map<Locale, LocalizedGuide[]>> {
  catalog ??= buildCatalog();
  return catalog;
}

async function buildCatalog(): Promise<Map<Locale, LocalizedGuide[]>> {
  const entries = await getCollection('guides');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const originals = entries.filter((entry) => entry.id.startsWith(`${defaultLocale}/`));
  const originalSlugs = new Set(originals.map((entry) => slugOf(entry)));

  for (const entry of entries) {
    if (!originalSlugs.has(slugOf(entry))) {
      throw new Error(
        `content/guides/${entry.id}.mdx has no English original. Add content/guides/${defaultLocale}/${slugOf(entry)}.mdx first, or rename the file to the slug of the guide it translates.`,
      );
    }
  }
  await checkAgainstCollections(entries, originalSlugs);

  const result = new Map<Locale, LocalizedGuide[]>();
  for (const locale of localeCodes) {
    const guides = originals.map((original) => {
      const slug = slugOf(original);
      const translation = byId.get(`${locale}/${slug}`);
      const entry = translation ?? original;
      if (translation && translation.data.updated < original.data.updated) {
        console.warn(
          `[translations] content/guides/${translation.id}.mdx is older than its English source (updated ${isoDate(translation.data.updated)} < ${isoDate(original.data.updated)}): review it and update its "updated:" date. See npm run i18n:status.`,
        );
      }
      return { slug, locale, entry, contentLocale: translation ? locale : defaultLocale, isFallback: !translation };
    });
    guides.sort(
      (a, b) =>
        topicIds.indexOf(a.entry.data.topic) - topicIds.indexOf(b.entry.data.topic) ||
        a.entry.data.order - b.entry.data.order ||
        a.slug.localeCompare(b.slug),
    );
    result.set(locale, guides);
  }
  return result;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function slugOf(entry: GuideEntry): string {
  return entry.id.split('/').slice(1).join('/');
}

export async function guidesFor(locale: Locale): Promise<LocalizedGuide[]> {
  return (await guideCatalog()).get(locale) ?? [];
}

export async function guidesByTopic(locale: Locale): Promise<Map<TopicId, LocalizedGuide[]>> {
  const byTopic = new Map<TopicId, LocalizedGuide[]>(topicIds.map((topic) => [topic, []]));
  for (const guide of await guidesFor(locale)) byTopic.get(guide.entry.data.topic)?.push(guide);
  return byTopic;
}

/**
 * What a guide's frontmatter and lists name must exist: its related guides (in the collection, not
 * a hand-kept list) and the walkthroughs of its `<Steps>`, one step per list item.
 */
async function checkAgainstCollections(entries: GuideEntry[], slugs: Set<string>): Promise<void> {
  const walkthroughs = new Map<string, Walkthrough>(
    (await getCollection('walkthroughs')).map((entry) => [entry.id, entry.data]),
  );
  const problems = entries.flatMap((entry) => {
    const file = `content/guides/${entry.id}.mdx`;
    const related = (entry.data.related ?? [])
      .filter((slug) => !slugs.has(slug))
      .map(
        (slug) =>
          `${file}: related: "${slug}" is not a guide. Use the slug of an English guide: ${[...slugs].sort().join(', ')}.`,
      );
    return [...related, ...walkthroughListProblems(file, entry.body ?? '', walkthroughs)];
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
