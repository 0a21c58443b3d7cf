/**
 * The steps of each walkthrough as a guide's MDX writes them: the ordered list inside
 * `<Steps walkthrough="id">`, one plain-text sentence per step (Markdown emphasis removed). The
 * insights show these sentences, in the reader's language, beside each step's counts.
 */
export function walkthroughLists(mdx: string): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  const blocks = mdx.matchAll(/<Steps\s+walkthrough="([\w-]+)"[^>]*>([\s\S]*?)<\/Steps>/g);
  for (const [, id, body] of blocks) {
    if (!id || body === undefined) continue;
    const items: string[] = [];
    for (const line of body.split('\n')) {
      const item = /^\s{0,3}\d+\.\s+(.*)$/.exec(line);
      if (item?.[1]) items.push(plain(item[1]));
      else if (items.length > 0 && /^\s{2,}\S/.test(line)) items[items.length - 1] += ` ${plain(line.trim())}`;
    }
    lists[id] = items;
  }
  return lists;
}

const plain = (text: string) =>
  text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/`(.+?)`/g, '$1')
    .replace(/\[(.+?)\]\([^)]*\)/g, '$1')
    .trim();
