import { describe, expect, test } from 'vitest';
import { correctQuery, editDistance, plainWord } from '../../src/islands/search/spelling.ts';

const english = ['account', 'email', 'recovery', 'delete', 'organization', 'password', 'address', 'change'];

describe('typo correction', () => {
  test('counts a swap of two letters as one mistake', () => {
    expect(editDistance('emial', 'email', 2)).toBe(1);
    expect(editDistance('acount', 'account', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  test('gives up past the limit', () => {
    expect(editDistance('organization', 'password', 2)).toBe(3);
  });

  test('corrects words that appear in no guide', () => {
    expect(correctQuery('delet my acount', english)).toBe('delete my account');
    expect(correctQuery('recovry emial', english)).toBe('recovery email');
  });

  test('keeps words the guides contain, and the word still being typed', () => {
    expect(correctQuery('change email', english)).toBeUndefined();
    expect(correctQuery('change passw', english)).toBeUndefined();
  });

  test('leaves short words alone: too many words are one letter apart', () => {
    expect(correctQuery('my ox', english)).toBeUndefined();
  });

  test('keeps a word with no close match rather than guessing', () => {
    expect(correctQuery('invoice', english)).toBeUndefined();
  });

  test('gives back accents and umlauts the reader left out', () => {
    expect(correctQuery('konto loeschen', ['konto', 'löschen', 'ändern'])).toBe('konto löschen');
    expect(correctQuery('recuperaton', ['récupération', 'adresse'])).toBe('récupération');
  });

  test('prefers the more frequent word on a tie (the vocabulary is sorted by frequency)', () => {
    expect(correctQuery('cange', ['change', 'range'])).toBe('change');
    expect(correctQuery('cange', ['range', 'change'])).toBe('range');
  });

  test('compares words the way Pagefind does: lower case, no accents', () => {
    expect(plainWord('Récupération')).toBe('recuperation');
    expect(plainWord('LÖSCHEN')).toBe('loschen');
  });
});
