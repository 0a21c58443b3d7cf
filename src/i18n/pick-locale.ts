/**
 * The first of the reader's preferred languages (`navigator.languages`, e.g. `['de-CH', 'fr']`)
 * that the site has, matched on the primary subtag; the default locale when none matches.
 */
export function pickLocale(preferred: readonly string[], available: readonly string[], fallback: string): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary && available.includes(primary)) return primary;
  }
  return fallback;
}
