import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guideSlugs } from './guide-schema.ts';
import { type Locale, localeCodes } from '../i18n/locales.ts';
import { walkthroughSentences } from './walkthrough-sentences.ts';

export interface GuideFacts {
  /** Where a writer edits it, from the repository's root. */
  file: string;
  title: string;
  walkthroughs: Record<string, string[]>;
}

/**
 * Each guide's title and walkthrough steps per locale, read from its MDX file (the English one
 * where a translation is missing), for tools that run outside a build: `npm run insights`.
 */
export function readGuideFacts(root: string): Record<Locale, Record<string, GuideFacts>> {
  const facts = {} as Record<Locale, Record<string, GuideFacts>>;
  for (const locale of localeCodes) {
    facts[locale] = {};
    for (const slug of guideSlugs) {
      const translated = `content/guides/${locale}/${slug}.mdx`;
      const file = existsSync(join(root, translated)) ? translated : `content/guides/en/${slug}.mdx`;
      if (!existsSync(join(root, file))) continue;
      const text = readFileSync(join(root, file), 'utf8');
      const title =
        /^title:\s*(.+)$/m
          .exec(text)?.[1]
          ?.trim()
          .replace(/^(['"])(.*)\1$/, '$2') ?? slug;
      facts[locale][slug] = { file, title, walkthroughs: walkthroughSentences(text) };
    }
  }
  return facts;
}
