import { isLocale, localeCodes } from '../i18n/locales.ts';

/**
 * Turns `fr/recovery-email.mdx` into the entry id `fr/recovery-email`, and stops the build with a
 * message naming the file when it is not in a locale folder.
 */
export function guideEntryId(entry: string): string {
  const parts = entry.replace(/\.mdx$/, '').split('/');
  const file = `content/guides/${entry}`;
  const [locale, slug, ...rest] = parts;
  if (parts.length !== 2 || !isLocale(locale) || !slug || rest.length) {
    throw new Error(
      `${file}: a guide must be at content/guides/<locale>/<slug>.mdx where <locale> is one of ${localeCodes.join(', ')}. Move the file into one of those folders.`,
    );
  }
  return `${locale}/${slug}`;
}
