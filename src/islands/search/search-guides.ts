import { type GuideHit, loadGuideHit } from './guide-hit.ts';
import { type GuideMatch, matchEvery, matchSpans, relax, type SpanPages } from './guide-matches.ts';
import type { PagefindResponse } from './pagefind-api.ts';
import { type QuerySpan, querySpans, synonymsInGuides } from './query-spans.ts';
import { isExactPhrase, queryWords, replaceWords, wordKey } from './query-words.ts';
import { loadPagefind, loadThesaurusText, loadVocabulary } from './search-assets.ts';
import { correctQuery } from './spelling.ts';
import { parseThesaurus, type Thesaurus, thesaurusWords } from './thesaurus.ts';
import { topicPages } from './topic-pages.ts';

export interface SearchRequest {
  query: string;
  locale: string;
  /** Pagefind's name of the locale's index, which is also the name of its vocabulary file. */
  lang: string;
  topic?: string;
  limit: number;
}

export interface SearchOutcome {
  query: string;
  /** The query that found these guides when the reader's own found none ("recovry" → "recovery"). */
  corrected?: string;
  /** The words kept when no guide has them all ("lost access to my login" → "access login"). */
  relaxed?: string;
  hits: GuideHit[];
  /** Guides found with the topic filter applied. */
  total: number;
  /** Guides found per topic, without the topic filter. */
  topicCounts: Record<string, number>;
}

const thesauri = new Map<string, Promise<Thesaurus>>();
const thesaurusOf = (locale: string) => {
  let thesaurus = thesauri.get(locale);
  if (!thesaurus) {
    thesaurus = loadThesaurusText(locale).then(parseThesaurus);
    thesauri.set(locale, thesaurus);
  }
  return thesaurus;
};

/**
 * Synonyms are searched only when the reader's own words find fewer guides than this (the first
 * three are what a reader looks at). On a large site each word may sit in another chunk of the
 * index, so a query that works as typed downloads no more than it did without synonyms.
 */
const enoughWithoutSynonyms = 3;

/**
 * The guides that have every part of the query in the reader's own words, ranked by Pagefind: one
 * query of all the parts, since Pagefind, too, finds only the pages that match every word. Searching
 * the parts one by one (as synonyms need) took three queries for "recovery email", each 50–70 ms of
 * the worker's time at 7,500 guides, one after the other; the hits need this query anyway, for
 * their excerpts (guideHits).
 */
async function matchAsTyped(spans: readonly QuerySpan[], search: (text: string) => Promise<Map<string, number>>) {
  const query = spans.map((span) => span.alternatives[0]).join(' ');
  const scores = await search(query);
  return [...scores]
    .map(([id, score]): GuideMatch => ({ id, score, query, own: true }))
    .sort((a, b) => b.score - a.score);
}

/** The guides found, and how the query was read to find them. */
interface Reading {
  matches: GuideMatch[];
  corrected?: string[];
  relaxed?: string;
}

/**
 * Reads the query the way a reader means it, then finds the guides that match it:
 * 1. glue words are left out ("how do I", "mon", "wie") and, when the words as typed find fewer
 *    than three guides, each other word or phrase may be matched by a synonym (thesaurus.ts,
 *    query-spans.ts);
 * 2. a word found in no guide is first corrected to the closest one that is ("delet acount" →
 *    "delete account"), since Pagefind matches only whole words and their beginnings; the words as
 *    typed are tried when the corrected ones find nothing;
 * 3. when no guide matches every part, the most parts some guide matches are kept, and the
 *    outcome says so ("Showing results for …").
 */
async function readQuery(
  query: string,
  thesaurus: Thesaurus,
  vocabulary: readonly string[],
  search: (text: string) => Promise<Map<string, number>>,
): Promise<Reading> {
  const typed = isExactPhrase(query) ? [query] : queryWords(query);
  const spansOf = (words: readonly string[]): QuerySpan[] =>
    isExactPhrase(query)
      ? [{ words: [...words], alternatives: [query] }]
      : synonymsInGuides(querySpans(words, thesaurus), vocabulary);
  const known = [...vocabulary, ...thesaurusWords(thesaurus), ...thesaurus.ignored];
  const correction = isExactPhrase(query) ? undefined : correctQuery(typed.join(' '), known)?.split(' ');
  const readings = correction ? [correction, typed] : [typed];
  let first: { words: string[]; spans: QuerySpan[]; parts: SpanPages[] } | undefined;
  for (const words of readings) {
    const corrected = words === correction ? words : undefined;
    const spans = spansOf(words);
    const asTyped = await matchAsTyped(spans, search);
    if (asTyped.length >= enoughWithoutSynonyms) return { matches: asTyped, corrected };
    const parts = await matchSpans(spans, search);
    first ??= { words, spans, parts };
    const matches = matchEvery(parts);
    if (matches.length > 0) return { matches, corrected };
  }
  if (!first) return { matches: [] };
  const asTyped = new Set(typed.map(wordKey));
  const doubtful = first.spans.map((span) => span.words.some((word) => !asTyped.has(wordKey(word))));
  const relaxed = relax(first.parts, doubtful);
  if (!relaxed) return { matches: [] };
  // The words kept are the ones shown ("Showing results for …"), corrections included.
  const kept = relaxed.kept.flatMap((index) => first.spans[index]?.words ?? []);
  return { matches: relaxed.matches, relaxed: kept.join(' ') };
}

/**
 * Each guide's data for the results list, from the Pagefind query of the words that matched it
 * (which finds it, since it has each of them): so its excerpt, its sections and the words marked
 * on the guide (`?highlight=`) are those words.
 */
async function guideHits(matches: GuideMatch[], respond: (text: string) => Promise<PagefindResponse>) {
  const hits = await Promise.all(
    matches.map(async (match) => {
      const result = (await respond(match.query)).results.find((candidate) => candidate.id === match.id);
      return result && loadGuideHit(result);
    }),
  );
  return hits.filter((hit): hit is GuideHit => hit !== undefined);
}

/**
 * Searches the guides of the reader's language (see readQuery for how the query is read).
 * The `locale` filter is always applied: Pagefind falls back to another language's index when the
 * page's language has none (a language with no translated guide yet), and readers must not get
 * guides in another language.
 */
export async function searchGuides(request: SearchRequest): Promise<SearchOutcome> {
  const [pagefind, vocabulary, thesaurus] = await Promise.all([
    loadPagefind(),
    loadVocabulary(request.lang),
    thesaurusOf(request.locale),
  ]);
  const inLocale = { locale: request.locale };
  // Parts of a query often share alternatives, and the hits repeat a part's query: each runs once.
  const searches = new Map<string, Promise<PagefindResponse>>();
  const respond = (text: string) => {
    let response = searches.get(text);
    if (!response) {
      response = pagefind.search(text, { filters: inLocale });
      searches.set(text, response);
    }
    return response;
  };
  const search = async (text: string) =>
    new Map((await respond(text)).results.map((result) => [result.id, result.score]));
  const [reading, pagesByTopic] = await Promise.all([
    readQuery(request.query, thesaurus, vocabulary, search),
    topicPages(pagefind, request.locale),
  ]);
  const inTopic = (topic: string) => reading.matches.filter((match) => pagesByTopic.get(topic)?.has(match.id));
  const topicCounts = Object.fromEntries(
    [...pagesByTopic.keys()].map((topic) => [topic, inTopic(topic).length]).filter(([, count]) => count),
  );
  const listed = request.topic ? inTopic(request.topic) : reading.matches;
  return {
    query: request.query,
    corrected: reading.corrected && replaceWords(request.query, queryWords(request.query), reading.corrected),
    relaxed: reading.relaxed,
    hits: await guideHits(listed.slice(0, request.limit), respond),
    total: listed.length,
    topicCounts,
  };
}
