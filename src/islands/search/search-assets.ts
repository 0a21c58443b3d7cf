import { basePath, siteUrl } from '../../lib/urls.ts';
import type { Pagefind } from './pagefind-api.ts';

/** The URL parameter that carries the searched words to the guide page, to highlight them there. */
export const highlightParam = 'highlight';

/** How many words an excerpt of a result shows. */
export const excerptLength = 24;

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, the first time the reader searches (never with the page). It picks the
 * index of the page's `<html lang>` by itself. Result URLs get the site's base path and the
 * searched words (`?highlight=`), so the guide can mark them.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ siteUrl('pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options({ baseUrl: basePath, highlightParam, excerptLength });
    // Loads every filter's values up front: a search reports counts (guides per topic) only for
    // the filters already loaded.
    await pagefind.filters();
    return pagefind;
  })();
  // A failed load (offline, no index under `astro dev`) is tried again on the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const vocabularies = new Map<string, Promise<string[]>>();

/** The words of a locale's guides (a few KB), for correcting typos (see spelling.ts). */
export function loadVocabulary(lang: string): Promise<string[]> {
  let words = vocabularies.get(lang);
  if (!words) {
    words = fetch(siteUrl(`pagefind/search-words.${lang}.json`))
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    vocabularies.set(lang, words);
  }
  return words;
}

/**
 * Each language's thesaurus, content written by the guides' writers (content/search/), bundled
 * as one small script per language that loads with the search UI: only the reader's language is
 * downloaded (about 1 KB gzip; budget in tests/perf/budgets.ts).
 */
const thesaurusFiles = import.meta.glob<string>('../../../content/search/synonyms.*.txt', {
  query: '?raw',
  import: 'default',
});

const thesaurusTexts = new Map<string, Promise<string>>();

/** The text of a locale's thesaurus (parsed by thesaurus.ts); empty when it has none or it cannot load. */
export function loadThesaurusText(locale: string): Promise<string> {
  let text = thesaurusTexts.get(locale);
  if (!text) {
    const file = thesaurusFiles[`../../../content/search/synonyms.${locale}.txt`];
    text = file ? file().catch(() => '') : Promise.resolve('');
    thesaurusTexts.set(locale, text);
  }
  return text;
}

/**
 * Starts loading Pagefind, the word list and the thesaurus the moment search opens, alongside
 * the search UI itself, so they are (nearly) ready by the time the reader has typed a word.
 */
export function prepareSearch(lang: string, locale: string): void {
  loadPagefind().catch(() => undefined);
  loadVocabulary(lang);
  loadThesaurusText(locale);
}
