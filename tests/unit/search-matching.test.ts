import { describe, expect, test } from 'vitest';
import { matchEvery, matchSpans, relax, type SpanPages } from '../../src/islands/search/guide-matches.ts';
import { replaceWords } from '../../src/islands/search/query-words.ts';

const part = (entries: Record<string, number>, own = true): SpanPages =>
  new Map(Object.entries(entries).map(([id, score]) => [id, { score, alternative: `word-${id}`, own }]));

describe('matching the parts of a query', () => {
  test('a page must match every part; its scores add up, best first', () => {
    const matches = matchEvery([part({ a: 1, b: 5 }), part({ a: 3, c: 9 }), part({ a: 1, b: 1 })]);
    expect(matches.map((match) => [match.id, match.score])).toEqual([['a', 5]]);
    expect(matchEvery([part({ b: 1 }), part({ a: 1 })])).toEqual([]);
  });

  test('a guide found through synonyms alone is left out when it scores under a quarter of the best', () => {
    const payment = new Map([...part({ profiles: 18 }), ...part({ ksuite: 1.2, other: 5 }, false)]);
    expect(matchEvery([payment]).map((match) => match.id)).toEqual(['profiles', 'other']);
    expect(matchEvery([part({ ksuite: 1.2 }, false)]).map((match) => match.id)).toEqual(['ksuite']);
  });

  test('a synonym counts less than the reader’s own word, and a phrase weighs like one word', async () => {
    const scores: Record<string, Record<string, number>> = {
      remove: { removes: 2 },
      delete: { title: 10, removes: 10 },
      'close account': { close: 10 },
    };
    const [pages] = await matchSpans(
      [{ words: ['remove'], alternatives: ['remove', 'delete', 'close account'] }],
      async (query) => new Map(Object.entries(scores[query] ?? {})),
    );
    expect(pages?.get('title')).toEqual({ score: 8, alternative: 'delete', own: false });
    expect(pages?.get('removes')).toEqual({ score: 8, alternative: 'delete', own: true });
    expect(pages?.get('close')).toEqual({ score: 4, alternative: 'close account', own: false });
  });
});

describe('relaxing a query that no page matches in full', () => {
  test('keeps as many parts as some page matches, the combination whose best page scores highest', () => {
    const lost = part({});
    const access = part({ recovery: 2, activity: 4 });
    const login = part({ recovery: 6, activity: 1 });
    const relaxed = relax([lost, access, login]);
    expect(relaxed?.kept).toEqual([1, 2]);
    expect(relaxed?.matches.map((match) => match.id)).toEqual(['recovery', 'activity']);
  });

  test('drops a spelling correction before a word as typed', () => {
    const storage = part({ ksuite: 3 });
    const corrected = part({ feedback: 9 });
    expect(relax([storage, corrected], [false, true])?.kept).toEqual([0]);
    expect(relax([storage, corrected])?.kept).toEqual([1]);
  });

  test('gives up when no part matches anything, or there is nothing to leave out', () => {
    expect(relax([part({}), part({})])).toBeUndefined();
    expect(relax([part({ a: 1 })])).toBeUndefined();
  });
});

describe('a corrected query, as the reader typed it', () => {
  test('keeps apostrophes, punctuation and spacing around the corrected words', () => {
    expect(
      replaceWords(
        'J’ai  oublié mon mot de pase ?',
        ['J', 'ai', 'oublié', 'mon', 'mot', 'de', 'pase'],
        ['J', 'ai', 'oublié', 'mon', 'mot', 'de', 'passe'],
      ),
    ).toBe('J’ai  oublié mon mot de passe ?');
  });
});
