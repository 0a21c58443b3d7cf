import { plainWord } from './spelling.ts';

/**
 * Words of two letters or fewer ("de", "la", "of", "to") are in most queries only glue: marking
 * them, and every word they start ("de" → "désormais"), hides the words that matter. They are
 * marked only when the query has nothing longer.
 */
export const isShortWord = (word: string) => [...word].length <= 2;

/** The searched terms worth marking, plain (no accents, lower case): the longer ones, or all when every one is short. */
export function termsWorthMarking(searched: readonly string[]): string[] {
  const terms = searched
    .flatMap((term) => term.split(/\s+/))
    .map(plainWord)
    .filter((term) => term.length >= 2);
  const long = terms.filter((term) => !isShortWord(term));
  return long.length > 0 ? long : terms;
}

/** Whether a word of the page is one the reader searched for (accents and endings aside). */
export function isSearched(word: string, terms: readonly string[]): boolean {
  const plain = plainWord(word);
  return terms.some((term) =>
    // A short term matches itself only: "de" must not mark "depuis" or "demander".
    isShortWord(term) ? plain === term : plain.startsWith(term) || (plain.length >= 4 && term.startsWith(plain)),
  );
}

/**
 * Pagefind marks every word its terms match, short ones included, and by prefix: in an excerpt for
 * "mot de passe" it marks "de" and "désormais". This unmarks the words only a short term explains,
 * when the query has longer ones. Anything else Pagefind marked (stems, corrections) stays marked.
 */
export function unmarkGlueWords(excerpt: string, searched: readonly string[]): string {
  const kept = termsWorthMarking(searched);
  const short = searched
    .flatMap((term) => term.split(/\s+/))
    .map(plainWord)
    .filter((term) => term !== '' && isShortWord(term));
  if (short.length === 0 || kept.every(isShortWord)) return excerpt;
  return excerpt.replace(/<mark>(.*?)<\/mark>/g, (marked, text: string) => {
    const word = plainWord(/^(.*?)[\p{P}]*$/u.exec(text)?.[1] ?? text);
    const glue = short.some((term) => word.startsWith(term)) && !isSearched(word, kept);
    return glue ? text : marked;
  });
}
