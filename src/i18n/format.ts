/**
 * Fills `{name}` placeholders, like t() does, for islands that receive their strings as props
 * (shipping every dictionary to the browser would cost far more than these few lines).
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/** The entries of a dictionary whose keys start with one of the prefixes: what an island needs. */
export function pickStrings<Key extends string>(
  dictionary: Record<Key, string>,
  prefixes: readonly string[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries<string>(dictionary).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  );
}
