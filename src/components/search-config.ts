import { topicIds } from '../content/topics.ts';
import { type Locale, locales } from '../i18n/locales.ts';
import { stringsOf } from '../i18n/compile-messages.ts';
import { dictionaries, useTranslations } from '../i18n/t.ts';
import { type SearchConfig, searchUiKeys } from '../islands/search/config.ts';
import { localeUrl, topicUrl } from '../lib/urls.ts';

/** What the search UI of a locale needs, to be written into the page as `data-search-config`. */
export function searchConfig(locale: Locale): SearchConfig {
  const t = useTranslations(locale);
  return {
    locale,
    lang: locales[locale].tag.toLowerCase(),
    strings: stringsOf(dictionaries[locale], searchUiKeys),
    topics: topicIds.map((id) => ({ id, name: t(`topic.${id}.name`), url: topicUrl(locale, id) })),
    searchPageUrl: localeUrl(locale, 'search/'),
    feedbackUrl: localeUrl(locale, 'feedback/'),
  };
}
