import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { compileMessages } from '../../../src/i18n/compile-messages.ts';
import { type Locale, localeCodes } from '../../../src/i18n/locales.ts';
import { formatMessage } from '../../../src/i18n/messages.ts';
import { dictionaries, useTranslations } from '../../../src/i18n/t.ts';
import { en, type UiKey } from '../../../src/i18n/ui/en.ts';

/** Every message that counts something: its English text has a plural. */
const counted = (Object.keys(en) as UiKey[]).filter((key) => en[key].includes(', plural,'));

/** The arguments of a message, with whether each one is counted (plural) or not. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, boolean>()) {
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      found.set(element.value, true);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    } else if (element.type === TYPE.select) {
      found.set(element.value, found.get(element.value) ?? false);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    } else if (element.type === TYPE.argument || element.type === TYPE.number) {
      found.set(element.value, found.get(element.value) ?? false);
    }
  }
  return found;
}

function valuesFor(locale: Locale, key: UiKey, count: number) {
  const names = argumentsOf(parse(dictionaries[locale][key]));
  for (const [name, isCounted] of argumentsOf(parse(en[key]))) names.set(name, names.get(name) || isCounted);
  // A plural's number is the count under test; any other number (a total, a maximum) too.
  return Object.fromEntries([...names].map(([name, isCounted]) => [name, isCounted ? count : `‹${name}›`]));
}

describe('every counted message, in every language, for 0, 1, 2 and 5', () => {
  test('there are counted messages (the list below is not empty by mistake)', () => {
    expect(counted.length).toBeGreaterThan(15);
    expect(counted).toContain('sandbox.orgs.members');
  });
  for (const locale of localeCodes) {
    for (const key of counted) {
      test(`${locale}: ${key}`, () => {
        const forms = [0, 1, 2, 5].map((count) =>
          formatMessage(locale, dictionaries[locale][key], valuesFor(locale, key, count)),
        );
        for (const form of forms) expect(form, form).not.toMatch(/[{}#]|NaN|undefined/);
        // 2 and 5 are always the "other" form, with the number shown.
        expect(forms[2]).toContain('2');
        expect(forms[3]).toContain('5');
        expect(forms[3]).toBe(forms[2]?.replaceAll('2', '5'));
      });
    }
  }
});

describe('the forms a reader sees', () => {
  const members: Record<Locale, string[]> = {
    en: ['0 members', '1 member', '2 members', '5 members'],
    fr: ['0 membre', '1 membre', '2 membres', '5 membres'],
    de: ['0 Mitglieder', '1 Mitglied', '2 Mitglieder', '5 Mitglieder'],
    it: ['0 membri', '1 membro', '2 membri', '5 membri'],
    es: ['0 miembros', '1 miembro', '2 miembros', '5 miembros'],
  };
  const guides: Record<Locale, string[]> = {
    en: ['0 guides for “mail”', '1 guide for “mail”', '2 guides for “mail”', '5 guides for “mail”'],
    fr: ['0 guide pour « mail »', '1 guide pour « mail »', '2 guides pour « mail »', '5 guides pour « mail »'],
    de: ['0 Anleitungen für „mail“', '1 Anleitung für „mail“', '2 Anleitungen für „mail“', '5 Anleitungen für „mail“'],
    it: ['0 guide per «mail»', '1 guida per «mail»', '2 guide per «mail»', '5 guide per «mail»'],
    es: ['0 guías para «mail»', '1 guía para «mail»', '2 guías para «mail»', '5 guías para «mail»'],
  };
  for (const locale of localeCodes) {
    test(`${locale}: an organization's members, and the guides a search found`, () => {
      const t = useTranslations(locale);
      expect([0, 1, 2, 5].map((count) => t('sandbox.orgs.members', { count }))).toEqual(members[locale]);
      expect([0, 1, 2, 5].map((count) => t('search.count', { count, query: 'mail' }))).toEqual(guides[locale]);
    });
  }

  test('a message parsed at build time says exactly what its text says', () => {
    for (const locale of localeCodes) {
      const compiled = compileMessages({ count: dictionaries[locale]['search.count'] });
      expect(typeof compiled.count).not.toBe('string');
      for (const count of [0, 1, 7]) {
        expect(formatMessage(locale, compiled.count, { count, query: 'x' })).toBe(
          formatMessage(locale, dictionaries[locale]['search.count'], { count, query: 'x' }),
        );
      }
    }
  });

  test('numbers are written the reader’s way', () => {
    expect(useTranslations('de').fill('sandbox.orgs.members', { count: 1200 })).toBe('1.200 Mitglieder');
    expect(useTranslations('fr').fill('sandbox.orgs.members', { count: 1200 })).toBe('1\u202f200 membres');
  });
});

describe('placeholders are checked by the type checker', () => {
  test('a call must give exactly the placeholders of its message', () => {
    const t = useTranslations('en');
    // @ts-expect-error the count is missing
    expect(() => t('sandbox.orgs.members')).toThrow();
    // @ts-expect-error a placeholder the message does not have
    t('sandbox.orgs.members', { count: 1, name: 'x' });
    // @ts-expect-error a message without placeholders takes no values
    t('site.name', { name: 'x' });
    expect(t('walkthrough.progress', { current: 2, total: 5 })).toBe('Step 2 of 5');
  });
});
