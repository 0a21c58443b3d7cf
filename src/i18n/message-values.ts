/**
 * The values an ICU message needs, read from the message's own text by the type checker:
 * `'{count, plural, one {# guide} other {# guides}} for “{query}”'` needs `{ count: number; query: string | number }`.
 * So a call that forgets a placeholder, or passes one the message does not have, fails `astro check`.
 *
 * It reads the subset of ICU MessageFormat the dictionaries use: `{name}`, `{name, number}`,
 * `{name, plural|selectordinal, … {…}}` and `{name, select, … {…}}`, branches nested in branches.
 * intl-messageformat does the formatting; this only has to find the names.
 */

type Trim<S extends string> = S extends ` ${infer R}` | `\n${infer R}`
  ? Trim<R>
  : S extends `${infer R} `
    ? Trim<R>
    : S;

/** What a kind of argument takes: a number for plurals and numbers, a string for selects. */
type ValueOf<Kind extends string> = Kind extends 'plural' | 'selectordinal' | 'number'
  ? number
  : Kind extends 'select'
    ? string
    : string | number;

/**
 * Reads a message up to the end of the text or an unmatched `}` (the end of a branch).
 * Returns the arguments found and what follows that `}`.
 */
type ReadMessage<S extends string, Found = unknown> = S extends `${infer Text}{${infer Rest}`
  ? Text extends `${string}}${infer After}`
    ? [Found, `${After}{${Rest}`]
    : ReadArgument<Rest, Found>
  : S extends `${string}}${infer After}`
    ? [Found, After]
    : [Found, ''];

/** Reads one argument, just after its `{`, then goes on with the message. */
type ReadArgument<S extends string, Found> = S extends `${infer Head}}${infer Tail}`
  ? Head extends `${infer Name},${infer Spec}`
    ? Trim<Spec> extends `${infer Kind},${string}`
      ? S extends `${string},${infer AfterName}`
        ? Trim<AfterName> extends `${string},${infer Branches}`
          ? ReadBranches<Branches, Found & { [K in Trim<Name>]: ValueOf<Trim<Kind>> }>
          : [Found, '']
        : [Found, '']
      : ReadMessage<Tail, Found & { [K in Trim<Name>]: ValueOf<Trim<Spec>> }>
    : ReadMessage<Tail, Found & { [K in Trim<Head>]: string | number }>
  : [Found, ''];

/** Reads the `key {message}` branches of a plural or select, up to its closing `}`. */
type ReadBranches<S extends string, Found> =
  Trim<S> extends `}${infer After}`
    ? ReadMessage<After, Found>
    : S extends `${string}{${infer Branch}`
      ? ReadMessage<Branch, Found> extends [infer InBranch, infer After extends string]
        ? ReadBranches<After, InBranch>
        : never
      : [Found, ''];

type Flatten<T> = { [K in keyof T]: T[K] };

/** The values a message takes, as an object type (`{}` when it has no placeholder). */
export type MessageValues<Message extends string> = string extends Message
  ? Record<string, string | number>
  : ReadMessage<Message> extends [infer Found, string]
    ? Flatten<Found>
    : never;

/** The names of a message's placeholders, as a union (`never` when it has none). */
export type PlaceholderNames<Message extends string> = keyof MessageValues<Message> & string;
