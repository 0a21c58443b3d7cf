import type { PagefindResultData, PagefindSubResult, PagefindWordLocation } from './pagefind-api.ts';

/**
 * The id of the element that holds a guide's search terms (SearchTerms.astro). It is the last
 * thing in the article, so every word from its anchor on is a search term.
 */
export const searchTermsAnchor = 'search-terms';

/**
 * How much a search term weighs in the ranking, against 1 for the guide's text and 10 for its title
 * (GuideArticle.astro). Pagefind squares weights: a term counts 25 words of text, a title word 100,
 * so a guide's own title still wins over another guide's search terms.
 */
export const searchTermsWeight = 5;

/** Whether a sub-result is a guide's search terms: words for the index, never a section to list. */
export const isSearchTerms = (sub: PagefindSubResult) => sub.anchor?.id === searchTermsAnchor;

/** Pagefind's split of a page's content into the words its locations count. */
const wordSeparators = /[^\S\uFEFF]+/g;

/**
 * Where Pagefind starts an excerpt: the window of `length` words where the matches weigh most (the
 * middle one of equally dense neighbouring windows), as its `calculate_excerpt_region` does.
 */
function densestWindow(locations: readonly PagefindWordLocation[], length: number): number {
  const words: number[] = [];
  for (const { location, balanced_score } of locations) words[location] = (words[location] ?? 0) + balanced_score;
  if (words.length <= length) return 0;
  let sum = words.slice(0, length).reduce((total, score) => total + (score ?? 0), 0);
  let densest = sum;
  let densestAt = [0];
  for (let start = 0; start < words.length; start++) {
    sum += (words[start + length] ?? 0) - (words[start] ?? 0);
    // Pagefind records the window by the word it just left, one word early: kept, so both agree.
    if (sum > densest) {
      densest = sum;
      densestAt = [start];
    } else if (sum === densest && densestAt.at(-1) === start - 1) densestAt.push(start);
  }
  return densestAt[Math.floor(densestAt.length / 2)] ?? 0;
}

/**
 * The excerpt of a guide in the results, taken from its own text only. Pagefind's excerpt centres
 * on the words that weigh most, and a search term weighs 25 times a word of text, so a guide found
 * by its search terms would show them as a list of words. This rebuilds the excerpt the way
 * Pagefind does, from the text before the search terms; when only search terms matched, it is the
 * guide's description, the text right after its title.
 */
export function guideExcerpt(data: PagefindResultData, length: number): string {
  const anchor = data.anchors?.find((one) => one.id === searchTermsAnchor);
  if (!anchor || data.raw_content === undefined) return data.excerpt;
  const end = anchor.location;
  const words = data.raw_content.split(wordSeparators).slice(0, end);
  const matched = (data.weighted_locations ?? []).filter(({ location }) => location < end);
  const titleWords = (data.meta.title ?? '').split(/\s+/).filter(Boolean).length;
  let start = matched.length > 0 ? densestWindow(matched, length) : titleWords;
  start = Math.max(0, Math.min(start, words.length - length));
  for (const { location } of matched) {
    const word = words[location];
    if (word !== undefined && !word.startsWith('<mark>')) words[location] = `<mark>${word}</mark>`;
  }
  return words
    .slice(start, start + length)
    .join(' ')
    .trim();
}
