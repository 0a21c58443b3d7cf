import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { dictionaries, useTranslations } from '../../src/i18n/t.ts';
import { en } from '../../src/i18n/ui/en.ts';

/** Values that are rightly the same in English and another language (brand names, loanwords). */
const sameInEveryLanguage = new Set([
  'kSuite',
  'Infomaniak News',
  'Feedback',
  'Domains',
  'Web & Domain',
  'Organizations',
  // Feedback: product names stay as they are; "Services" and "No" are the same word in some languages.
  'kDrive',
  'kMeet',
  'Jelastic Cloud',
  'Newsletter',
  'VOD/AOD',
  'Synology',
  'Swiss Backup',
  'Guest Manager',
  'Swiss Transfer',
  'Public Cloud',
  'Services',
  'No',
  // A pure format (the walkthrough summary's "Recovery Email: old → new"); French spaces its colon.
  '{label}: {before} → {after}',
]);

/** Words a language shares with English (the inbox's), allowed in that language only. */
const sameInOneLanguage: Partial<Record<string, Set<string>>> = {
  fr: new Set(['Service', 'Suggestion', 'Guide', 'Guides', '{count, plural, one {# message} other {# messages}}']),
  de: new Set(['Status', 'Problem']),
  it: new Set(['Password']),
};
// Loanwords and formats of the inbox, the same in every language.
for (const value of ['Spam', 'JSON Lines', '{email}, {date}']) sameInEveryLanguage.add(value);

describe('UI dictionaries', () => {
  for (const locale of localeCodes) {
    test(`${locale} has a non-empty value for every English key`, () => {
      const dictionary = dictionaries[locale];
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(dictionary[key]?.trim(), `${locale}: ${key}`).toBeTruthy();
      }
    });

    if (locale !== 'en') {
      test(`${locale} leaves nothing in English by accident`, () => {
        const leftInEnglish = (Object.keys(en) as (keyof typeof en)[]).filter(
          (key) =>
            dictionaries[locale][key] === en[key] &&
            !sameInEveryLanguage.has(en[key]) &&
            !sameInOneLanguage[locale]?.has(en[key]),
        );
        expect(leftInEnglish).toEqual([]);
      });
    }
  }

  test('t() fills placeholders; a value left out is an error that names it, never a raw "{date}"', () => {
    const t = useTranslations('fr');
    expect(t('guide.updated', { date: '3 mars 2026' })).toBe('Mis à jour le 3 mars 2026');
    expect(() => t.fill('guide.updated', {})).toThrow(/date/);
  });
});
