import { describe, expect, test } from 'vitest';
import { searchEn } from '../../src/i18n/ui/search/en.ts';
import { searchFr } from '../../src/i18n/ui/search/fr.ts';
import { moveActive } from '../../src/islands/search/active-option.ts';
import { islandTranslate } from '../../src/i18n/island-strings.ts';
import { excerptParts } from '../../src/islands/search/excerpt.ts';
import { loadGuideHit, toGuideHit } from '../../src/islands/search/guide-hit.ts';
import type { PagefindResultData } from '../../src/islands/search/pagefind-api.ts';
import type { SearchOutcome } from '../../src/islands/search/search-guides.ts';
import { statusText } from '../../src/islands/search/status-text.ts';

describe('excerpts', () => {
  test('split into text and the marked searched words', () => {
    expect(excerptParts('your <mark>recovery</mark> address')).toEqual([
      { text: 'your ', marked: false },
      { text: 'recovery', marked: true },
      { text: ' address', marked: false },
    ]);
  });

  test('mark the word, not the punctuation that follows it', () => {
    expect(excerptParts('your <mark>address.</mark> Then')).toEqual([
      { text: 'your ', marked: false },
      { text: 'address', marked: true },
      { text: '. Then', marked: false },
    ]);
  });

  test('never become HTML: escaped angle brackets stay text', () => {
    expect(excerptParts('type &lt;b&gt; then <mark>save</mark>')).toEqual([
      { text: 'type <b> then ', marked: false },
      { text: 'save', marked: true },
    ]);
  });
});

const page = (sub: PagefindResultData['sub_results']): PagefindResultData => ({
  url: '/en/guides/account-activity/?highlight=session',
  excerpt: 'end a <mark>session</mark>',
  meta: { title: 'Check your account’s logins and activity', topic: 'security' },
  filters: { topic: ['security'], locale: ['en'] },
  sub_results: sub,
});
const section = (id: string, hits: number) => ({
  title: id,
  url: `/en/guides/account-activity/?highlight=session#${id}`,
  excerpt: id,
  locations: Array.from({ length: hits }, (_, index) => index),
  anchor: { id, element: 'h2', location: 1 },
});

describe('short searched words', () => {
  const hit = (excerpt: string, highlight: string) =>
    toGuideHit({ ...page([]), url: `/fr/guides/recovery-email/?${highlight}`, excerpt }).excerpt;

  test('are left plain, with the words they start, when the query has longer words', () => {
    expect(
      hit(
        '<mark>mot</mark> <mark>de</mark> <mark>passe.</mark> <mark>Désormais</mark> le <mark>passé</mark>',
        'highlight=mot&highlight=de&highlight=passe',
      ),
    ).toBe('<mark>mot</mark> de <mark>passe.</mark> Désormais le <mark>passé</mark>');
  });

  test('stay marked when the query is only short words, or has none', () => {
    expect(hit('un compte <mark>ik</mark>.me', 'highlight=ik')).toBe('un compte <mark>ik</mark>.me');
    expect(hit('<mark>récupération</mark> de', 'highlight=recuperation')).toBe('<mark>récupération</mark> de');
  });

  test('apply to the sections’ excerpts too', () => {
    const sections = toGuideHit({
      ...page([{ ...section('steps', 2), excerpt: '<mark>mot</mark> <mark>de</mark> <mark>passe</mark>' }]),
      url: '/fr/guides/recovery-email/?highlight=mot%20de%20passe',
    }).sections;
    expect(sections[0]?.excerpt).toBe('<mark>mot</mark> de <mark>passe</mark>');
  });
});

describe('a guide in the results', () => {
  test('shows its title, topic and excerpt', () => {
    const hit = toGuideHit(page([]));
    expect(hit).toMatchObject({ title: 'Check your account’s logins and activity', topic: 'security', sections: [] });
  });

  test('lists its strongest matching sections, in page order, without repeating the guide itself', () => {
    const top = {
      title: 'top',
      url: '/en/guides/account-activity/?highlight=session',
      excerpt: '',
      locations: [1, 2, 3, 4],
    };
    const hit = toGuideHit(page([top, section('a', 1), section('b', 5), section('c', 3), section('d', 2)]));
    expect(hit.sections.map((one) => one.title)).toEqual(['b', 'c', 'd']);
  });
});

describe('two searches loading the same guide', () => {
  test('each get the guide with their own searched words, though Pagefind rewrites one object', async () => {
    const shared = page([]);
    const fetched = new Promise((resolve) => setTimeout(resolve, 5));
    const resultFor = (term: string) => ({
      id: 'account-activity',
      score: 1,
      // Like Pagefind: wait for the page's one (cached) fetch, then rewrite its object for this term.
      data: async () => {
        await fetched;
        shared.url = `/en/guides/account-activity/?highlight=${term}`;
        return shared;
      },
    });
    const [first, second] = await Promise.all([loadGuideHit(resultFor('session')), loadGuideHit(resultFor('sessio'))]);
    expect(first.url).toBe('/en/guides/account-activity/?highlight=session');
    expect(second.url).toBe('/en/guides/account-activity/?highlight=sessio');
  });
});

describe('arrow keys', () => {
  test('move through the results and stop at both ends', () => {
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(2);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(0);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});

describe('the status line (announced to screen readers)', () => {
  const topics = [{ id: 'billing', name: 'Billing and subscriptions', url: '/en/topics/billing/' }];
  const outcome = (fields: Partial<SearchOutcome>): SearchOutcome => ({
    query: 'email',
    hits: [],
    total: 0,
    topicCounts: {},
    ...fields,
  });
  const strings = islandTranslate('en', searchEn);
  const stringsFr = islandTranslate('fr', searchFr);

  test('counts the guides found, in the reader’s language', () => {
    const found = { phase: 'done', outcome: outcome({ total: 3, topicCounts: { account: 3 } }) } as const;
    expect(statusText(found, '', strings, topics)).toBe('3 guides for “email”');
    expect(statusText(found, '', stringsFr, topics)).toBe('3 guides pour « email »');
    const one = { phase: 'done', outcome: outcome({ total: 1, topicCounts: { account: 1 } }) } as const;
    expect(statusText(one, '', strings, topics)).toBe('1 guide for “email”');
  });

  test('says when nothing matches, and when only the chosen topic has nothing', () => {
    expect(statusText({ phase: 'done', outcome: outcome({}) }, '', strings, topics)).toBe('No guide matches “email”.');
    const elsewhere = { phase: 'done', outcome: outcome({ total: 0, topicCounts: { account: 2 } }) } as const;
    expect(statusText(elsewhere, 'billing', strings, topics)).toBe(
      'No guide in “Billing and subscriptions” matches “email”.',
    );
  });

  test('says which query it searched instead of a mistyped one', () => {
    const fixed = { phase: 'done', outcome: outcome({ query: 'emial', corrected: 'email', total: 2 }) } as const;
    expect(statusText(fixed, '', strings, topics)).toBe('Showing results for “email” instead of “emial”.');
  });

  test('says which words it kept when no guide has them all, before any correction', () => {
    const relaxed = {
      phase: 'done',
      outcome: outcome({ query: 'change logo colour', relaxed: 'change logo', corrected: 'x', total: 1 }),
    } as const;
    expect(statusText(relaxed, '', strings, topics)).toBe(
      'Showing results for “change logo”: no guide has all the words of “change logo colour”.',
    );
    expect(statusText(relaxed, '', stringsFr, topics)).toBe(
      'Résultats pour « change logo » : aucun guide ne contient tous les mots de « change logo colour ».',
    );
  });

  test('keeps the last count while the next search runs, so it is not announced twice', () => {
    const previous = outcome({ total: 2, topicCounts: { account: 2 } });
    expect(statusText({ phase: 'searching', previous }, '', strings, topics)).toBe('2 guides for “email”');
    expect(statusText({ phase: 'searching' }, '', strings, topics)).toBe('Searching…');
  });

  test('tells a developer how to get an index, and a reader where else to go', () => {
    expect(statusText({ phase: 'failed', reason: 'no-index' }, '', strings, topics)).toContain('npm run build');
    expect(statusText({ phase: 'failed', reason: 'unavailable' }, '', strings, topics)).toContain('Browse the topics');
  });
});
