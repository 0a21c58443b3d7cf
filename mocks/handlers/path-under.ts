/** The part of a request's path after the API base (`/support/faq/api/feedback` → `feedback`). */
export function pathUnder(base: string, pathname: string): string {
  const basePath = new URL(base, 'http://base.invalid').pathname;
  return pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
}
