import type { Locale } from './locales.ts';
import { type Translator, translator } from './messages.ts';
import { de } from './ui/de.ts';
import { type Dictionary, en, type UiKey } from './ui/en.ts';
import { es } from './ui/es.ts';
import { fr } from './ui/fr.ts';
import { it } from './ui/it.ts';

/** Every locale's strings: for pages built on the server. Islands get theirs as props or load them. */
export const dictionaries: Record<Locale, Dictionary> = { en, fr, de, it, es };

/** `t(key, values)`: the key's message in a locale, its ICU placeholders (counts, names) filled. */
export type Translate = Translator<typeof en>;

export function useTranslations(locale: Locale): Translate {
  return translator<typeof en>(locale, dictionaries[locale]);
}

export { formatDate } from './dates.ts';
export type { UiKey };
