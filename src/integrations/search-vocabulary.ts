import { gunzipSync } from 'node:zlib';

/** What Pagefind stores about one indexed page (the part we read). */
interface PagefindFragment {
  url: string;
  content: string;
  meta?: Record<string, string>;
}

const signature = 'pagefind_dcd';

/**
 * Reads the pages Pagefind indexed from one of its `fragment/<lang>_<hash>.pf_fragment` files
 * (gzip, a signature, then JSON: one page, or a group of pages when `maxFragments` bundles them).
 */
export function readFragment(bytes: Uint8Array): PagefindFragment[] {
  const text = gunzipSync(bytes).toString('utf8');
  const json = JSON.parse(text.startsWith(signature) ? text.slice(signature.length) : text);
  return typeof json.content === 'string' ? [json] : Object.values(json as Record<string, PagefindFragment>);
}

/** The language code of a fragment file name: `fragment/pt-br_1a2b3c.pf_fragment` → `pt-br`. */
export function fragmentLanguage(path: string): string | undefined {
  return /^fragment\/(.+)_[^_]+\.pf_fragment$/.exec(path)?.[1];
}

/**
 * The words of a language's indexed pages, most frequent first: the vocabulary the search dialog
 * uses to correct a typo ("recovry" → "recovery") when a query finds nothing, because Pagefind
 * itself only matches exact words and prefixes. Words shorter than 4 letters are left out: the
 * dialog never corrects them. `limit` keeps the file small on a large site.
 */
export function vocabulary(texts: string[], limit = 6000): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (word.length < 4 || /^\p{N}+$/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word]) => word);
}
