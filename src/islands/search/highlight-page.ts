import { isSearched, termsWorthMarking } from './searched-words.ts';

const skipped = 'script, style, mark, button, nav, [data-pagefind-ignore]';

/**
 * Marks, in the guide's text, the words the reader searched for (Pagefind passes them as
 * `?highlight=` on the result's URL), then removes them from the address so a copied link stays
 * clean. Returns how many words were marked.
 */
export function highlightSearchedWords(
  root: Element | null = document.querySelector('[data-pagefind-body]'),
  location: Location = window.location,
): number {
  const params = new URLSearchParams(location.search);
  const terms = termsWorthMarking(params.getAll('highlight'));
  if (!root || terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let marked = 0;
  for (const text of texts) {
    const value = text.data;
    const pieces: (string | HTMLElement)[] = [];
    let from = 0;
    for (const match of value.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!isSearched(match[0], terms)) continue;
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = match[0];
      pieces.push(value.slice(from, match.index), mark);
      from = match.index + match[0].length;
      marked += 1;
    }
    if (pieces.length === 0) continue;
    pieces.push(value.slice(from));
    text.replaceWith(...pieces);
  }
  params.delete('highlight');
  const query = params.toString();
  window.history.replaceState(
    window.history.state,
    '',
    `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
  );
  return marked;
}
