import { queryWords, wordKey } from './query-words.ts';

/**
 * A language's search vocabulary (`content/search/synonyms.<locale>.txt`): the words that carry no
 * meaning in a query, and groups of words or phrases that readers use for the same thing.
 */
export interface Thesaurus {
  /** Words left out of a query, as `wordKey`s. */
  ignored: Set<string>;
  /** Each group's entries, each entry as its words (`queryWords`). */
  groups: string[][][];
}

export const emptyThesaurus: Thesaurus = { ignored: new Set(), groups: [] };

/**
 * Reads a thesaurus file: `#` starts a comment, `ignore: a, the, my` lists words to leave out,
 * any other line is one group of synonyms separated by commas (`delete, remove, close account`).
 */
export function parseThesaurus(text: string): Thesaurus {
  const ignored = new Set<string>();
  const groups: string[][][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const ignore = /^ignore:(.*)$/i.exec(line);
    const entries = (ignore?.[1] ?? line)
      .split(',')
      .map((entry) => queryWords(entry))
      .filter((words) => words.length > 0);
    if (ignore) for (const words of entries) for (const word of words) ignored.add(wordKey(word));
    else if (entries.length > 1) groups.push(entries);
  }
  return { ignored, groups };
}

/** Every word the thesaurus knows as a synonym: spelling correction must not "correct" them away. */
export function thesaurusWords({ groups }: Thesaurus): string[] {
  return [...new Set(groups.flat(2))];
}
