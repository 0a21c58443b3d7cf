import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { searchTermLine } from '../../src/islands/inbox/search-term-line.ts';

const frontmatterWith = (line: string) => parse(`title: Change your recovery email\nsearchTerms:\n${line}\n`);

describe('the line a writer adds to searchTerms', () => {
  test('a plain query is one quoted item', () => {
    expect(searchTermLine('imprimante wifi')).toBe('  - "imprimante wifi"');
  });

  test.each([
    'password: forgotten',
    'the "new" mail',
    "can't log in",
    'kdrive #sync',
    '[urgent] invoice',
    '- dash first',
    '{ braces }',
    'back\\slash',
    '*star & ampersand',
  ])('%j stays one term, as the reader typed it, and the frontmatter still reads', (query) => {
    expect(frontmatterWith(searchTermLine(query))).toEqual({
      title: 'Change your recovery email',
      searchTerms: [query],
    });
  });
});
