/** Lower case without accents, the way Pagefind compares words: "Récupération" → "recuperation". */
export function plainWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** How many typing mistakes a word of this length may carry and still be corrected. */
function tolerance(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Edit distance with transpositions ("emial" → "email" is one edit), giving up past `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the classic table: two rows back (for transpositions), the last one, this one.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const cell = (row: number[], index: number) => row[index] ?? Number.POSITIVE_INFINITY;
      let value = Math.min(cell(previous, j) + 1, cell(current, j - 1) + 1, cell(previous, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, cell(twoBack, j - 2) + 1);
      current[j] = value;
    }
    if (Math.min(...current) > limit) return limit + 1;
    twoBack = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Corrects the words of a query that appear nowhere in the guides, to the closest word that
 * does ("recovry emial" → "recovery email"); `vocabulary` lists the guides' words, most frequent
 * first, so a tie goes to the more common word. Words found in the guides, and the last word when
 * it starts a word of the guides (the reader may still be typing it), are kept. Returns undefined
 * when nothing could be corrected.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = vocabulary.map(plainWord);
  const words = query.trim().split(/\s+/);
  let changed = false;
  const corrected = words.map((word, index) => {
    const plain = plainWord(word);
    const isLast = index === words.length - 1;
    if (known.includes(plain) || (isLast && known.some((candidate) => candidate.startsWith(plain)))) return word;
    const limit = tolerance(plain.length);
    if (limit === 0) return word;
    let best: { word: string; distance: number } | undefined;
    for (const [position, candidate] of known.entries()) {
      const distance = editDistance(plain, candidate, limit);
      if (distance <= limit && (!best || distance < best.distance))
        best = { word: vocabulary[position] ?? candidate, distance };
      if (best?.distance === 1) break;
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(' ') : undefined;
}
