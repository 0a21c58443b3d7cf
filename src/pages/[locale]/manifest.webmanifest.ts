import type { APIRoute } from 'astro';
import { type Locale, locales } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { localePaths } from '../../lib/static-paths.ts';
import { localeUrl, siteUrl } from '../../lib/urls.ts';

export const getStaticPaths = localePaths;

/**
 * One web manifest per locale, so an installed shortcut is named in the reader's language and
 * opens their home. Every URL goes through siteUrl/localeUrl: it works under any base path.
 */
export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const manifest = {
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang: locales[locale].tag,
    dir: 'ltr',
    id: localeUrl(locale),
    start_url: localeUrl(locale),
    scope: siteUrl(),
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: siteUrl('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: siteUrl('icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: siteUrl('icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: siteUrl('icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
