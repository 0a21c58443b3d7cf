import { parse } from '@formatjs/icu-messageformat-parser';
import type { ShippedMessage } from './messages.ts';

/**
 * Each text is parsed once per build: every guide page ships the same few hundred messages of its
 * language, and parsing them for each of 7,500 pages was 0.75 s of the build's CPU. The trees are
 * only read (serialised into the page, or formatted), so pages can share them.
 */
const parsed = new Map<string, ShippedMessage>();

function parsedOnce(text: string): ShippedMessage {
  let message = parsed.get(text);
  if (message === undefined) {
    message = parse(text, { ignoreTag: true });
    parsed.set(text, message);
  }
  return message;
}

/**
 * Parses messages at build time for the pages that ship them to islands: a message with
 * placeholders becomes its ICU syntax tree, the others stay text. The browser's build replaces
 * the parser with FormatJS's `no-parser` (astro.config.mjs), about 7 KB gzip saved.
 */
export function compileMessages<Key extends string>(
  messages: {
    readonly [K in Key]: string;
  },
): { [K in Key]: ShippedMessage } {
  const compiled = {} as { [K in Key]: ShippedMessage };
  for (const key of Object.keys(messages) as Key[]) {
    const text = messages[key];
    compiled[key] = text.includes('{') ? parsedOnce(text) : text;
  }
  return compiled;
}

/** The strings of a dictionary whose keys start with one of the prefixes, parsed for an island. */
export function stringsUnder<Key extends string, Prefix extends string>(
  dictionary: { readonly [K in Key]: string },
  prefixes: readonly Prefix[],
): { [K in Extract<Key, `${Prefix}${string}`>]: ShippedMessage } {
  const picked = Object.fromEntries(
    Object.entries<string>(dictionary).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  ) as { [K in Extract<Key, `${Prefix}${string}`>]: string };
  return compileMessages(picked);
}

/** These keys of a dictionary, parsed for an island. */
export function stringsOf<Key extends string>(
  dictionary: { readonly [K in Key]: string },
  keys: readonly Key[],
): { [K in Key]: ShippedMessage } {
  const picked = Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as { [K in Key]: string };
  return compileMessages(picked);
}
