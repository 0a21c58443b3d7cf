/**
 * Which guides each locale is missing, or has older than their English source.
 * A translation is outdated when its `updated` date is before the English guide's: authors bump
 * `updated` when they change the meaning of a guide, translators when they catch up with it.
 *
 * Run `npm run i18n:status` to print the table; the build warns about outdated translations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, localeCodes } from './locales.ts';

export interface LocaleStatus {
  locale: string;
  translated: string[];
  missing: string[];
  outdated: { slug: string; translated: string; source: string }[];
}

/** `updated:` of a guide's frontmatter as `YYYY-MM-DD`, or '' when absent. */
export function updatedDate(source: string): string {
  return /^updated:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(source)?.[1] ?? '';
}

export function isOutdated(translationUpdated: string, sourceUpdated: string): boolean {
  return translationUpdated < sourceUpdated;
}

/** Reads `<guidesDir>/<locale>/*.mdx` and compares every locale with the default one. */
export function translationStatus(guidesDir: string): LocaleStatus[] {
  const read = (locale: string) => {
    const dir = join(guidesDir, locale);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.mdx'));
    } catch {
      // A locale with no folder yet has nothing translated.
    }
    return new Map(
      files.map((file) => [file.replace(/\.mdx$/, ''), updatedDate(readFileSync(join(dir, file), 'utf8'))]),
    );
  };
  const sources = read(defaultLocale);
  return localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => {
      const translations = read(locale);
      const status: LocaleStatus = { locale, translated: [], missing: [], outdated: [] };
      for (const [slug, source] of sources) {
        const translated = translations.get(slug);
        if (translated === undefined) status.missing.push(slug);
        else if (isOutdated(translated, source)) status.outdated.push({ slug, translated, source });
        else status.translated.push(slug);
      }
      return status;
    });
}

if (import.meta.main) {
  const dir = process.env.GUIDES_DIR ?? join(import.meta.dirname, '../../content/guides');
  let behind = 0;
  for (const status of translationStatus(dir)) {
    const total = status.translated.length + status.missing.length + status.outdated.length;
    console.log(`${status.locale}: ${status.translated.length}/${total} up to date`);
    for (const slug of status.missing) console.log(`  missing   ${slug}`);
    for (const item of status.outdated)
      console.log(`  outdated  ${item.slug} (translated ${item.translated}, English ${item.source})`);
    behind += status.missing.length + status.outdated.length;
  }
  if (behind === 0) console.log('Every guide is translated and up to date.');
}
