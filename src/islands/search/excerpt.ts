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
  for (const [index, chunk] of excerpt.split(/<\/?mark>/).entries()) {
    const text = chunk.replace(/&lt;|&gt;/g, (entity) => entities[entity] ?? entity);
    if (index % 2 === 0) {
      if (text) plain(text);
      continue;
    }
    // Pagefind's words keep their punctuation ("address."): mark the word only.
    const [, word = text, punctuation = ''] = /^(.*?)([\p{P}]*)$/u.exec(text) ?? [];
    parts.push({ text: word, marked: true });
    if (punctuation) plain(punctuation);
  }
  return parts;
}
