import { stepListsOf } from './step-lists.ts';

/**
 * The steps of each walkthrough as a guide's MDX writes them, one plain-text sentence per list
 * item (Markdown emphasis removed): the insights show these sentences, in the reader's language,
 * beside each step's counts. An item that continues on indented lines is read whole.
 */
export function walkthroughSentences(mdx: string): Record<string, string[]> {
  const sentences: Record<string, string[]> = {};
  for (const list of stepListsOf(mdx)) {
    if (list.walkthrough) sentences[list.walkthrough] = continued(mdx, list).map(plain);
  }
  return sentences;
}

/** The list's items, each with the indented lines that continue it. */
function continued(mdx: string, list: { line: number; items: string[] }): string[] {
  const lines = mdx.split('\n').slice(list.line - 1);
  const items: string[] = [];
  for (const line of lines) {
    if (line.includes('</Steps>')) break;
    const item = /^\d+\.\s+(.*)$/.exec(line);
    if (item?.[1]) items.push(item[1]);
    else if (items.length > 0 && /^\s{2,}\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items.length === list.items.length ? items : list.items;
}

const plain = (text: string) =>
  text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/`(.+?)`/g, '$1')
    .replace(/\[(.+?)\]\([^)]*\)/g, '$1')
    .trim();
