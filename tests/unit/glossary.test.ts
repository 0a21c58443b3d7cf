import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/t.ts';
import { readGuides } from '../fixtures/guide-files.ts';

/** Bold text in a guide is a Manager label: it must be one the simulated Manager shows in that language. */
describe('guides and the simulated Manager use the same labels', () => {
  for (const locale of localeCodes) {
    const managerLabels = new Set(
      Object.entries(dictionaries[locale])
        .filter(([key]) => key.startsWith('manager.'))
        .map(([, label]) => label),
    );
    for (const guide of readGuides(locale)) {
      test(`${locale}/${guide.slug}: every bold label is a Manager label of ${locale}`, () => {
        const bold = [...guide.source.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1] ?? '');
        expect(bold.filter((label) => !managerLabels.has(label))).toEqual([]);
      });
    }
  }
});
