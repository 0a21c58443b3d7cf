import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales.ts';
import { locales } from './locales.ts';
import type { MessageValues } from './message-values.ts';

/**
 * A message as a page ships it: the text when it has no placeholder, else its ICU syntax tree,
 * parsed at build time (src/i18n/compile-messages.ts) so that no browser downloads the parser.
 */
export type ShippedMessage = string | MessageFormatElement[];

/** Values for a message: none when it has no placeholder, exactly its placeholders otherwise. */
export type ValuesFor<Message extends string> = keyof MessageValues<Message> extends never
  ? []
  : [values: MessageValues<Message>];

/**
 * `t(key, values)` over a set of messages (typed by the English ones): the key must be one of them
 * and the values exactly the placeholders its message has (src/i18n/message-values.ts reads them).
 * `t.fill(key, values)` is for a key chosen at run time (an API error code, a walkthrough's hint):
 * the message takes what it uses of the values; tests check those families.
 * `t.known(key, otherwise)` is for a key built from what a server said (an error code): the
 * message of `otherwise` when the dictionaries have no such key, never the raw key.
 */
export interface Translator<Messages extends Record<string, string>> {
  <Key extends keyof Messages & string>(key: Key, ...values: ValuesFor<Messages[Key]>): string;
  fill(key: keyof Messages & string, values: Readonly<Record<string, string | number>>): string;
  known(key: string, otherwise: keyof Messages & string, values?: Readonly<Record<string, string | number>>): string;
}

// Parsing or preparing a message costs far more than formatting it: once per message and locale.
const fromText = new Map<string, IntlMessageFormat>();
const fromTree = new WeakMap<MessageFormatElement[], IntlMessageFormat>();

function prepared(locale: Locale, message: ShippedMessage): IntlMessageFormat {
  if (typeof message !== 'string') {
    let format = fromTree.get(message);
    if (!format) {
      format = new IntlMessageFormat(message, locales[locale].tag, undefined, { ignoreTag: true });
      fromTree.set(message, format);
    }
    return format;
  }
  const cacheKey = `${locale}\u0000${message}`;
  let format = fromText.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(message, locales[locale].tag, undefined, { ignoreTag: true });
    fromText.set(cacheKey, format);
  }
  return format;
}

/**
 * Formats an ICU message ("{count, plural, one {# guide} other {# guides}}") with the plural and
 * select rules of the locale. Text without a placeholder is returned as it is.
 */
export function formatMessage(
  locale: Locale,
  message: ShippedMessage,
  values?: Readonly<Record<string, string | number>>,
): string {
  if (typeof message === 'string' && !message.includes('{')) return message;
  return String(prepared(locale, message).format(values));
}

/** A translator over one locale's messages (texts on the server, shipped messages in islands). */
export function translator<Messages extends Record<string, string>>(
  locale: Locale,
  messages: { readonly [Key in keyof Messages]: ShippedMessage },
): Translator<Messages> {
  const fill = (key: keyof Messages & string, values?: Readonly<Record<string, string | number>>) =>
    formatMessage(locale, messages[key], values);
  const translate = (key: keyof Messages & string, ...values: [Readonly<Record<string, string | number>>?]) =>
    fill(key, values[0]);
  const known = (
    key: string,
    otherwise: keyof Messages & string,
    values?: Readonly<Record<string, string | number>>,
  ) => (Object.hasOwn(messages, key) ? fill(key, values) : fill(otherwise, values));
  return Object.assign(translate, { fill, known }) as Translator<Messages>;
}
