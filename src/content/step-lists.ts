/** One `<Steps>` block of a guide's MDX: the walkthrough it names (if any), its list items, and its line. */
export interface StepList {
  walkthrough: string | null;
  items: string[];
  line: number;
}

/**
 * The `<Steps>` blocks of a guide's source, in order, read from the text the author wrote (the
 * items are the top-level `1.` lines of the ordered list inside).
 */
export function stepListsOf(source: string): StepList[] {
  return [...source.matchAll(/<Steps(?:\s+walkthrough="([^"]+)")?\s*>([\s\S]*?)<\/Steps>/g)].map((match) => ({
    walkthrough: match[1] ?? null,
    items: [...(match[2] ?? '').matchAll(/^\d+\.\s+(.+)$/gm)].map((item) => item[1] ?? ''),
    line: source.slice(0, match.index).split('\n').length,
  }));
}
