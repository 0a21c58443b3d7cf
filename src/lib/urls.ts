import type { Locale } from '../i18n/locales.ts';

/** The site's base path with exactly one trailing slash, e.g. `/` or `/support/faq/`. */
export const basePath = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

/** A URL inside the site, under the base path: `siteUrl('en/guides/x/')` → `/support/faq/en/guides/x/`. */
export function siteUrl(path = ''): string {
  return basePath + path.replace(/^\/+/, '');
}

/** URL of a page of a locale; `path` is relative to the locale's home (`guides/recovery-email/`). */
export function localeUrl(locale: Locale, path = ''): string {
  return siteUrl(`${locale}/${path.replace(/^\/+/, '')}`);
}

export const guideUrl = (locale: Locale, slug: string) => localeUrl(locale, `guides/${slug}/`);
export const topicUrl = (locale: Locale, topic: string) => localeUrl(locale, `topics/${topic}/`);

/** The path of the current page relative to its locale (`guides/x/`), to link the same page in another locale. */
export function pathWithinLocale(pathname: string): string {
  const withoutBase = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, '');
  return withoutBase.split('/').slice(1).join('/');
}
