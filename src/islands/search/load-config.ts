import type { Locale } from '../../i18n/locales.ts';
import { fetchJsonOnce } from '../../lib/fetch-json-once.ts';
import { siteUrl } from '../../lib/urls.ts';
import type { SearchConfig } from './config.ts';

/** Where a language's search strings and topics are (src/pages/[locale]/search-config.json.ts). */
export const searchConfigUrl = (locale: Locale) => siteUrl(`${locale}/search-config.json`);

/** The header search's configuration, fetched when the reader first opens search. */
export const loadSearchConfig = (locale: Locale) => fetchJsonOnce<SearchConfig>(searchConfigUrl(locale));
