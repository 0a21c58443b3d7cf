import { wordKey } from './query-words.ts';
import type { Thesaurus } from './thesaurus.ts';

/** A part of the query that a guide must match: one word of the reader's, or a phrase of the thesaurus. */
export interface QuerySpan {
  /** The reader's words of this part, glue words left out ("mot de passe" → mot, passe). */
  words: string[];
  /**
   * What Pagefind is asked for it, each a query of its own: the reader's words first, then every
   * other entry of its thesaurus group. A guide matches the span when it matches one of them.
   */
  alternatives: string[];
}

/**
 * Pagefind matches every word a query word begins, so a short synonym searched for would find
 * far more than it means ("pub" → "publier", "log" → "logo"). Shorter ones are read in a query,
 * never searched for in place of another word.
 */
const shortestSynonym = 4;

/** An entry's words as a Pagefind query, without the glue words ("lettre d’information" → "lettre information"). */
function meaningful(words: readonly string[], { ignored }: Thesaurus): string[] {
  return words.filter((word) => !ignored.has(wordKey(word)));
}

/** The longest thesaurus entry that the words start with, and its group. */
function longestEntryAt(words: readonly string[], { groups }: Thesaurus) {
  const keys = words.map(wordKey);
  let found: { group: string[][]; entry: string[] } | undefined;
  for (const group of groups) {
    for (const entry of group) {
      if (entry.length > keys.length || (found && entry.length <= found.entry.length)) continue;
      if (entry.every((word, index) => wordKey(word) === keys[index])) found = { group, entry };
    }
  }
  return found;
}

/**
 * Splits a query's words into the parts every result must match, each with its synonyms
 * ("remove my profile" → remove | delete | erase …, profile | account …). Glue words ("my", "le",
 * "wie") are left out, unless the query has nothing else. Phrases of the thesaurus are found
 * before glue words are left out, so "mot de passe" and "log in" are one part each.
 */
export function querySpans(words: readonly string[], thesaurus: Thesaurus): QuerySpan[] {
  const spans: QuerySpan[] = [];
  for (let at = 0; at < words.length; ) {
    const match = longestEntryAt(words.slice(at), thesaurus);
    const typed = words.slice(at, at + (match?.entry.length ?? 1));
    at += typed.length;
    const own = meaningful(typed, thesaurus);
    if (own.length === 0) continue;
    const others = (match?.group ?? []).filter((entry) => entry !== match?.entry);
    const synonyms = others
      .map((entry) => meaningful(entry, thesaurus))
      .filter((entry) => entry.length > 1 || [...(entry[0] ?? '')].length >= shortestSynonym);
    const alternatives = [own, ...synonyms].map((entry) => entry.join(' '));
    spans.push({ words: own, alternatives: [...new Map(alternatives.map((text) => [wordKey(text), text])).values()] });
  }
  // A query of glue words only ("how", "le") is searched as it is.
  if (spans.length === 0) return words.map((word) => ({ words: [word], alternatives: [word] }));
  return spans;
}

const plainVocabularies = new WeakMap<readonly string[], string[]>();

/**
 * Leaves out the synonyms that no guide has. Pagefind matches a word it does not know by the
 * longest word of the index that begins it ("speicherkapazität" → "speichern", "dazukaufen" →
 * "dazu"), so a synonym missing from the guides would find guides it has nothing to do with. A
 * synonym's word is taken as known when a word of the guides (`vocabulary`, words of 4 letters or
 * more) begins with it, its last three letters aside, as stemming would ("bestellen" → "bestellung").
 */
export function synonymsInGuides(spans: readonly QuerySpan[], vocabulary: readonly string[]): QuerySpan[] {
  let known = plainVocabularies.get(vocabulary);
  if (!known) {
    known = vocabulary.map(wordKey);
    plainVocabularies.set(vocabulary, known);
  }
  const inGuides = (word: string) => {
    const key = wordKey(word);
    if (key.length < shortestSynonym) return true;
    const stem = key.slice(0, Math.max(shortestSynonym, key.length - 3));
    return known.some((candidate) => candidate.startsWith(stem));
  };
  return spans.map(({ words, alternatives: [own = '', ...synonyms] }) => ({
    words,
    alternatives: [own, ...synonyms.filter((synonym) => synonym.split(' ').every(inGuides))],
  }));
}
