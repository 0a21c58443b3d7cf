/**
 * The line that adds a reader's query to a guide's `searchTerms:` list. Quoted as JSON (a YAML
 * double-quoted scalar), so a query with a colon, a quote or a `#` stays one term and cannot break
 * the frontmatter the writer pastes it into.
 */
export const searchTermLine = (query: string): string => `  - ${JSON.stringify(query)}`;
