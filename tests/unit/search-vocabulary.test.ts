import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { fragmentLanguage, readFragment, vocabulary } from '../../src/integrations/search-vocabulary.ts';

describe('the word list written next to the index', () => {
  test('holds the guides’ words, most frequent first, without short words or numbers', () => {
    expect(vocabulary(['Change the Email address. Email, email!', 'Löschen 2026 Konto email'])).toEqual([
      'email',
      'address',
      'change',
      'konto',
      'löschen',
    ]);
  });

  test('reads pages from Pagefind fragments, single or grouped', () => {
    const single = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/a/', content: 'alpha' })}`));
    const grouped = gzipSync(
      Buffer.from(
        `pagefind_dcd${JSON.stringify({ x: { url: '/b/', content: 'beta' }, y: { url: '/c/', content: 'gamma' } })}`,
      ),
    );
    expect(readFragment(single).map((page) => page.content)).toEqual(['alpha']);
    expect(readFragment(grouped).map((page) => page.content)).toEqual(['beta', 'gamma']);
  });

  test('knows the language of a fragment from its file name', () => {
    expect(fragmentLanguage('fragment/pt-br_1a2b3c.pf_fragment')).toBe('pt-br');
    expect(fragmentLanguage('fragment/de_9f.pf_fragment')).toBe('de');
    expect(fragmentLanguage('index/de_9f.pf_index')).toBeUndefined();
  });
});
