import { describe, expect, test, vi } from 'vitest';
import type { Pagefind, PagefindResult } from '../../src/islands/search/pagefind-api.ts';

/** A tiny index in Pagefind's manner: every query word must start a word of the page (AND, prefixes). */
const pages = [
  { id: 'recovery', topic: 'account', words: 'change your recovery email forgot password lost access' },
  { id: 'delete', topic: 'account', words: 'delete your user account removes access' },
  { id: 'payment', topic: 'billing', words: 'add or update a payment profile card expired' },
  { id: 'activity', topic: 'security', words: 'check your account logins and activity access' },
];

const fakePagefind: Pagefind = {
  options: async () => undefined,
  filters: async () => ({ topic: { account: 2, billing: 1, security: 1 } }),
  search: async (term, options) => {
    const topic = options?.filters?.topic;
    const words = term === null ? [] : term.toLowerCase().split(/\s+/);
    const results: PagefindResult[] = pages
      .filter((page) => !topic || page.topic === topic)
      .filter((page) => words.every((word) => page.words.split(' ').some((own) => own.startsWith(word))))
      .map((page) => ({
        id: page.id,
        score: words.length,
        data: async () => ({
          url: `/en/guides/${page.id}/?${words.map((word) => `highlight=${word}`).join('&')}`,
          excerpt: page.words,
          meta: { title: page.id, topic: page.topic },
          filters: { topic: [page.topic] },
          sub_results: [],
        }),
      }));
    return { results, unfilteredResultCount: results.length, filters: {} };
  },
};

vi.mock('../../src/islands/search/search-assets.ts', () => ({
  loadPagefind: async () => fakePagefind,
  loadVocabulary: async () => ['recovery', 'payment', 'account', 'delete', 'activity', 'expired', 'access'],
  loadThesaurusText: async () => 'ignore: my, the, to, how, do, i\nremove, delete\nprofile, account\nlogin, access',
  excerptLength: 24,
}));

const { searchGuides } = await import('../../src/islands/search/search-guides.ts');
const search = (query: string, topic?: string) => searchGuides({ query, locale: 'en', lang: 'en', limit: 10, topic });

describe('reading a query in the reader’s own words', () => {
  // "remove" is in the guide ("removes"), "profile" only as its synonym "account".
  test('leaves glue words out and matches a synonym of each word', async () => {
    const outcome = await search('how do I remove my profile');
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/en/guides/delete/?highlight=remove&highlight=account']);
    expect(outcome).toMatchObject({ relaxed: undefined, corrected: undefined, total: 1 });
  });

  test('keeps the words some guide has when none has them all, and says which', async () => {
    const outcome = await search('lost access to my qwxzv');
    expect(outcome.relaxed).toBe('lost access');
    expect(outcome.hits.map((hit) => hit.title)).toEqual(['recovery']);
  });

  test('corrects a word found in no guide before relaxing anything', async () => {
    const outcome = await search('card expird');
    expect(outcome).toMatchObject({ corrected: 'card expired', relaxed: undefined });
    expect(outcome.hits.map((hit) => hit.title)).toEqual(['payment']);
  });

  test('counts each guide once per topic, whichever synonym found it', async () => {
    const outcome = await search('login');
    expect(outcome.topicCounts).toEqual({ account: 2, security: 1 });
    expect(outcome.total).toBe(3);
    const inSecurity = await search('login', 'security');
    expect(inSecurity.hits.map((hit) => hit.title)).toEqual(['activity']);
    expect(inSecurity.total).toBe(1);
  });

  test('searches no synonym when the words as typed find three guides or more', async () => {
    const searched = vi.spyOn(fakePagefind, 'search');
    expect((await search('access')).total).toBe(3);
    expect(searched.mock.calls.map(([term]) => term)).not.toContain('login');
    searched.mockClear();
    await search('login');
    expect(searched.mock.calls.map(([term]) => term)).toContain('access');
  });

  test('asks Pagefind once for words that, together, find three guides or more', async () => {
    const searched = vi.spyOn(fakePagefind, 'search');
    const outcome = await search('your access');
    expect(outcome.hits.map((hit) => hit.title)).toEqual(['recovery', 'delete', 'activity']);
    expect(searched.mock.calls.map(([term]) => term).filter((term) => term !== null)).toEqual(['your access']);
    searched.mockRestore();
  });

  test('finds nothing, and relaxes nothing, when no word is in any guide', async () => {
    expect(await search('qwxzv zzyzx')).toMatchObject({ hits: [], total: 0, relaxed: undefined, topicCounts: {} });
  });
});
