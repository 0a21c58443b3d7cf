import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Locale, localeCodes } from '../../src/i18n/locales.ts';
import { querySpans, synonymsInGuides } from '../../src/islands/search/query-spans.ts';
import { queryWords, wordKey } from '../../src/islands/search/query-words.ts';
import { parseThesaurus, type Thesaurus } from '../../src/islands/search/thesaurus.ts';

const thesaurusOf = (locale: Locale) =>
  parseThesaurus(readFileSync(join(import.meta.dirname, `../../content/search/synonyms.${locale}.txt`), 'utf8'));

/** How a query is read: each part with what it may be matched by. */
const reading = (query: string, thesaurus: Thesaurus) =>
  querySpans(queryWords(query), thesaurus).map((span) => span.alternatives);

describe('a thesaurus file', () => {
  const sample = parseThesaurus(
    ['# a comment', 'ignore: my, the   # glue', 'ignore: how, do', 'delete, remove, close account', 'lonely', ''].join(
      '\n',
    ),
  );

  test('lists glue words on "ignore:" lines and one group of synonyms on any other line', () => {
    expect([...sample.ignored]).toEqual(['my', 'the', 'how', 'do']);
    expect(sample.groups).toEqual([[['delete'], ['remove'], ['close', 'account']]]);
  });

  test('leaves glue words out of a query, unless it has nothing else', () => {
    expect(reading('how do I remove my thing', sample)).toEqual([
      ['I'],
      ['remove', 'delete', 'close account'],
      ['thing'],
    ]);
    expect(reading('how do', sample)).toEqual([['how'], ['do']]);
  });

  test('reads a phrase of the thesaurus as one part, before glue words are left out', () => {
    expect(reading('close account now', sample)).toEqual([['close account', 'delete', 'remove'], ['now']]);
  });
});

describe('synonyms no guide has', () => {
  test('are not searched for, since Pagefind would match them by the start of another word', () => {
    const spans = [
      { words: ['storage'], alternatives: ['storage', 'bestellen', 'speicherkapazität', 'disk space', 'pub'] },
    ];
    expect(synonymsInGuides(spans, ['bestellung', 'speichern', 'disk', 'spaces'])[0]?.alternatives).toEqual([
      'storage',
      'bestellen',
      'disk space',
      'pub',
    ]);
  });
});

/** In each language, everyday queries and what they are read as (content/search/synonyms.<locale>.txt). */
const everyday: Record<Locale, { query: string; parts: string[][] }> = {
  en: {
    query: 'how do I remove my profile',
    parts: [
      ['remove', 'delete'],
      ['profile', 'account'],
    ],
  },
  fr: {
    query: 'j’ai perdu l’accès à mon compte',
    parts: [
      ['perdu', 'oublié'],
      ['accès', 'connexion'],
      ['compte', 'profil'],
    ],
  },
  de: {
    query: 'wie kann ich mein Konto kündigen',
    parts: [
      ['Konto', 'account'],
      ['kündigen', 'löschen'],
    ],
  },
  it: {
    query: 'come cancellare il mio account',
    parts: [
      ['cancellare', 'eliminare'],
      ['account', 'profilo'],
    ],
  },
  es: {
    query: '¿Cómo borro mi cuenta?',
    parts: [
      ['borro', 'eliminar'],
      ['cuenta', 'perfil'],
    ],
  },
};

for (const locale of localeCodes) {
  describe(`the ${locale} thesaurus`, () => {
    const thesaurus = thesaurusOf(locale);

    test(`reads “${everyday[locale].query}” without its glue words, each part with its synonyms`, () => {
      const parts = reading(everyday[locale].query, thesaurus);
      expect(parts.map((alternatives) => alternatives[0])).toEqual(everyday[locale].parts.map((part) => part[0]));
      everyday[locale].parts.forEach((part, index) => {
        expect(parts[index]).toEqual(expect.arrayContaining(part));
      });
    });

    test('puts each word in one group at most, and never a glue word', () => {
      const seen = new Map<string, number>();
      thesaurus.groups.forEach((group, index) => {
        expect(group.length, `group ${group.map((entry) => entry.join(' ')).join(', ')}`).toBeGreaterThan(1);
        for (const entry of group) {
          const key = entry.map(wordKey).join(' ');
          expect(seen.get(key), `“${entry.join(' ')}” is in two groups`).toBeUndefined();
          seen.set(key, index);
          if (entry.length === 1) expect(thesaurus.ignored.has(key), `“${key}” is also ignored`).toBe(false);
        }
      });
      expect(thesaurus.ignored.size).toBeGreaterThan(10);
    });
  });
}
