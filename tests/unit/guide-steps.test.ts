import { describe, expect, test } from 'vitest';
import { guideSlugs } from '../../src/content/guide-schema.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { readGuides } from '../fixtures/guide-files.ts';
import { seedStepCounts } from '../fixtures/seed-steps.ts';

describe('guides follow the seed', () => {
  test('every contract slug has an English guide (a new guide may be added beside them)', () => {
    const slugs = readGuides('en').map((guide) => guide.slug);
    expect(guideSlugs.filter((slug) => !slugs.includes(slug))).toEqual([]);
  });

  test('the seed’s step counts are for contract guides', () => {
    expect(Object.keys(seedStepCounts).sort()).toEqual([...guideSlugs].sort());
  });

  for (const locale of localeCodes) {
    for (const guide of readGuides(locale).filter((candidate) => candidate.slug in seedStepCounts)) {
      test(`${locale}/${guide.slug} has the seed's tasks with the seed's number of steps`, () => {
        const expected = seedStepCounts[guide.slug];
        const unnamed = Object.keys(expected ?? {}).filter((key) => key.startsWith('('));
        let unnamedIndex = 0;
        const actual = Object.fromEntries(
          guide.stepLists.map((list) => [
            list.walkthrough ?? unnamed[unnamedIndex++] ?? '(unnamed)',
            list.items.length,
          ]),
        );
        expect(actual).toEqual(expected);
      });
    }
  }
});
