import { isShortWord } from './short-words.ts';

/** A run of an excerpt's text, marked when it is one of the searched words. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/**
 * Splits a Pagefind excerpt ("… your <mark>recovery</mark> address …") into plain text runs, so
 * the UI renders it as text and `<mark>` elements, never as HTML. Pagefind escapes only `<` and
 * `>` of the page's text, so those are the only entities to undo.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const plain = (text: string) => {
    const last = parts.at(-1);
    if (last && !last.marked) last.text += text;
    else parts.push({ text, marked: false });
  };
  const chunks = excerpt.split(/<\/?mark>/);
  // Short words stay plain when a longer searched word is marked too (see short-words.ts).
  const hasLongMark = chunks.some((chunk, index) => index % 2 === 1 && !isShortWord(wordOf(chunk)));
  for (const [index, chunk] of chunks.entries()) {
    const text = chunk.replace(/&lt;|&gt;/g, (entity) => entities[entity] ?? entity);
    if (index % 2 === 0) {
      if (text) plain(text);
      continue;
    }
    const word = wordOf(text);
    if (hasLongMark && isShortWord(word)) {
      plain(text);
      continue;
    }
    parts.push({ text: word, marked: true });
    if (word.length < text.length) plain(text.slice(word.length));
  }
  return parts;
}

/** Pagefind's marked words keep their punctuation ("address."): the word alone. */
function wordOf(marked: string): string {
  return /^(.*?)[\p{P}]*$/u.exec(marked)?.[1] ?? marked;
}
