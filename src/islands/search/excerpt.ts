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
  for (const [index, chunk] of excerpt.split(/<\/?mark>/).entries()) {
    if (!chunk) continue;
    parts.push({ text: chunk.replace(/&lt;|&gt;/g, (entity) => entities[entity] ?? entity), marked: index % 2 === 1 });
  }
  return parts;
}
