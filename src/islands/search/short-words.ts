/**
 * Words of two letters or fewer ("de", "la", "of", "to") are in most queries only as glue: marking
 * them everywhere ("mot de passe" marking every "de") hides the words that matter. They are marked
 * only when the query has nothing longer.
 */
export const isShortWord = (word: string) => [...word].length <= 2;

/** The words worth marking: the longer ones, or all of them when every one is short. */
export function wordsWorthMarking<Word>(words: readonly Word[], text: (word: Word) => string): Word[] {
  const long = words.filter((word) => !isShortWord(text(word)));
  return long.length > 0 ? long : [...words];
}
