import type { Locale } from './locales.ts';
import { type ShippedMessage, type Translator, translator } from './messages.ts';
import type { en, UiKey } from './ui/en.ts';

/** The keys that start with a prefix: `KeysUnder<'feedback.'>`. */
export type KeysUnder<Prefix extends string> = Extract<UiKey, `${Prefix}${string}`>;

/**
 * The strings a page gives an island, in the page's language: exactly the keys it declares, so a
 * key the island uses and the page did not give fails the type check instead of showing raw.
 */
export type IslandStrings<Key extends UiKey> = { readonly [K in Key]: ShippedMessage };

export type IslandTranslate<Key extends UiKey> = Translator<Pick<typeof en, Key>>;

/** `t()` over an island's strings, with the placeholders of each message typed. */
export function islandTranslate<Key extends UiKey>(locale: Locale, strings: IslandStrings<Key>): IslandTranslate<Key> {
  return translator<Pick<typeof en, Key>>(locale, strings);
}
