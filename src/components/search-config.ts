import { topicIds } from '../content/topics.ts';
import { type Locale, locales } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { type SearchConfig, type SearchStrings, searchUiKeys } from '../islands/search/config.ts';
import { localeUrl, topicUrl } from '../lib/urls.ts';

/** What the search UI of a locale needs, to be written into the page as `data-search-config`. */
export function searchConfig(locale: Locale): SearchConfig {
  const t = useTranslations(locale);
  return {
    locale,
    lang: locales[locale].tag.toLowerCase(),
    strings: Object.fromEntries(searchUiKeys.map((key) => [key, t(key)])) as SearchStrings,
    topics: topicIds.map((id) => ({ id, name: t(`topic.${id}.name`), url: topicUrl(locale, id) })),
    searchPageUrl: localeUrl(locale, 'search/'),
    feedbackUrl: localeUrl(locale, 'feedback/'),
  };
}
