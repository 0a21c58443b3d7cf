/** A search term that more than one guide of a language lists. */
export interface SharedSearchTerm {
  locale: string;
  term: string;
  /** The guides that list it, as `<locale>/<slug>`. */
  guides: string[];
}

/** How search compares terms: case, accents and spacing aside ("Log-in " = "log-in"). */
const comparable = (term: string) =>
  term.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The search terms that two or more guides of the same language list. A term shared by two
 * guides ranks both equally for the reader who types it, so it no longer helps them choose:
 * it belongs to the guide that answers it.
 */
export function sharedSearchTerms(guides: { id: string; searchTerms?: readonly string[] }[]): SharedSearchTerm[] {
  const byTerm = new Map<string, SharedSearchTerm>();
  for (const { id, searchTerms = [] } of guides) {
    const locale = id.split('/')[0] ?? '';
    for (const term of new Set(searchTerms.map(comparable))) {
      const key = `${locale}\u0000${term}`;
      const shared = byTerm.get(key) ?? { locale, term, guides: [] };
      shared.guides.push(id);
      byTerm.set(key, shared);
    }
  }
  // In file order, whatever order the loader read them in, so the warning reads the same each build.
  return [...byTerm.values()]
    .filter((shared) => shared.guides.length > 1)
    .map((shared) => ({ ...shared, guides: shared.guides.sort() }));
}

/** The build's warning for a shared term: which files, and what to do about it. */
export function sharedSearchTermWarning({ term, guides }: SharedSearchTerm): string {
  const files = guides.map((guide) => `content/guides/${guide}.mdx`).join(' and ');
  return `the search term "${term}" is in the searchTerms of ${files}: readers who type it get those guides ranked alike. Keep it only in the guide that answers it.`;
}
