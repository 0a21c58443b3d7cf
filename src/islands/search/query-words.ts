import { plainWord } from './spelling.ts';

/**
 * The words of a query or of a thesaurus entry, as search compares them: split at spaces,
 * apostrophes and punctuation ("j’ai perdu l’accès" → j, ai, perdu, l, accès), hyphens kept inside a
 * word ("e-mail"). Pagefind itself deletes apostrophes ("l’accès" → "laccès", found in no guide
 * that writes "accès" alone), so the words are split before it sees them.
 */
export function queryWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}-]+/u)
    .map((word) => word.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/** The form in which two words are the same for the thesaurus: lower case, no accents, no hyphen ("E-Mail" = "email"). */
export const wordKey = (word: string) => plainWord(word).replace(/-/g, '');

/** Whether the query asks Pagefind for an exact phrase (`"…"`), which is passed on as it is. */
export const isExactPhrase = (query: string) => /^\s*".+"\s*$/.test(query);

/**
 * The query as the reader typed it, with some of its words replaced: `from` are its words
 * (`queryWords`), `to` the same number of words, some changed ("delet my acount" → "delete my
 * account"). Spaces, apostrophes and punctuation stay as typed.
 */
export function replaceWords(query: string, from: readonly string[], to: readonly string[]): string {
  let result = '';
  let rest = query;
  from.forEach((word, index) => {
    const at = rest.indexOf(word);
    if (at < 0) return;
    result += rest.slice(0, at) + (to[index] ?? word);
    rest = rest.slice(at + word.length);
  });
  return result + rest;
}
