import type { QuerySpan } from './query-spans.ts';

/** What one Pagefind query found: the score of each page, by Pagefind's page id. */
export type PageScores = Map<string, number>;

/**
 * For one part of the query, each page that matches it: its best score, the alternative that gave
 * it, and whether the page has the reader's own word too.
 */
export type SpanPages = Map<string, { score: number; alternative: string; own: boolean }>;

/** A guide that matches every part of the query (or of the part of it that was kept). */
export interface GuideMatch {
  id: string;
  score: number;
  /** The alternative that matched, for each part: together, the query that finds this guide. */
  query: string;
  /** Whether some part matched one of the reader's own words, not only synonyms. */
  own: boolean;
}

/**
 * A synonym's match counts a little less than the reader's own word: a guide that has the very
 * words typed (its search terms are readers' words) comes first when both match.
 */
const synonymShare = 0.8;

/**
 * A guide found through synonyms alone is listed only if it scores at least this share of the best
 * guide: synonyms widen a search that the reader's words miss, but do not add weak guesses next to
 * a strong match ("payment" must not bring the kSuite guide, tagged billing).
 */
const weakestSynonymMatch = 0.25;

/**
 * Finds, for each part of the query, the pages that match it: one Pagefind query per alternative.
 * Scores are per word, so a phrase ("payment method") weighs like a word ("billing").
 */
export async function matchSpans(
  spans: readonly QuerySpan[],
  search: (query: string) => Promise<PageScores>,
): Promise<SpanPages[]> {
  return Promise.all(
    spans.map(async ({ alternatives }) => {
      const pages: SpanPages = new Map();
      const found = await Promise.all(alternatives.map(search));
      found.forEach((scores, index) => {
        const alternative = alternatives[index] ?? '';
        const share = (index === 0 ? 1 : synonymShare) / alternative.split(' ').length;
        for (const [id, score] of scores) {
          const weighed = score * share;
          if (weighed > (pages.get(id)?.score ?? Number.NEGATIVE_INFINITY))
            pages.set(id, { score: weighed, alternative, own: found[0]?.has(id) ?? false });
        }
      });
      return pages;
    }),
  );
}

/** The pages that match every one of the given parts, best first (scores add up, as in Pagefind). */
export function matchEvery(parts: readonly SpanPages[]): GuideMatch[] {
  const [first, ...rest] = parts;
  if (!first) return [];
  const matches: GuideMatch[] = [];
  for (const [id, { score, alternative, own }] of first) {
    const match = { id, score, query: [alternative], own };
    for (const part of rest) {
      const page = part.get(id);
      if (!page) break;
      match.score += page.score;
      match.query.push(page.alternative);
      match.own ||= page.own;
    }
    if (match.query.length === parts.length) matches.push({ ...match, query: match.query.join(' ') });
  }
  matches.sort((a, b) => b.score - a.score);
  const best = matches[0]?.score ?? 0;
  return matches.filter((match) => match.own || match.score >= best * weakestSynonymMatch);
}

/** The ways to keep `size` of `count` parts, in query order. */
function* keeping(count: number, size: number, from = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let index = from; index <= count - size; index++) {
    for (const rest of keeping(count, size - 1, index + 1)) yield [index, ...rest];
  }
}

/** How many combinations of parts relaxing tries per number of parts kept (a pasted paragraph has many). */
const combinationsPerSize = 200;

/**
 * When no page matches every part, the most parts that some page matches ("lost access to my
 * login" → "access login"). Among the combinations keeping as many parts, the one that keeps the
 * fewest `doubtful` parts (spelling corrections: "kaufen" read as "laufen" matches nothing together
 * with the rest, so it was likely no typo), then the one whose best page scores highest. Undefined
 * when no part matches anything, or nothing is left out.
 */
export function relax(
  parts: readonly SpanPages[],
  doubtful: readonly boolean[] = [],
): { kept: number[]; matches: GuideMatch[] } | undefined {
  const doubts = (kept: number[]) => kept.filter((index) => doubtful[index]).length;
  for (let size = parts.length - 1; size >= 1; size--) {
    let best: { kept: number[]; matches: GuideMatch[] } | undefined;
    let tried = 0;
    for (const kept of keeping(parts.length, size)) {
      if (++tried > combinationsPerSize) break;
      const matches = matchEvery(kept.map((index) => parts[index] as SpanPages));
      if (matches.length === 0) continue;
      const better =
        !best ||
        doubts(kept) < doubts(best.kept) ||
        (doubts(kept) === doubts(best.kept) && (matches[0]?.score ?? 0) > (best.matches[0]?.score ?? 0));
      if (better) best = { kept, matches };
    }
    if (best) return best;
  }
  return undefined;
}
