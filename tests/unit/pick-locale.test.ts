import { expect, test } from 'vitest';
import { pickLocale } from '../../src/i18n/pick-locale.ts';

const available = ['en', 'fr', 'de', 'it', 'es'];

test('picks the first preferred language the site has, by its primary subtag', () => {
  expect(pickLocale(['de-CH', 'fr'], available, 'en')).toBe('de');
  expect(pickLocale(['pt-BR', 'es-419', 'en'], available, 'en')).toBe('es');
});

test('falls back to the default locale when no preferred language matches', () => {
  expect(pickLocale(['ja', 'zh-Hant'], available, 'en')).toBe('en');
  expect(pickLocale([], available, 'en')).toBe('en');
});
