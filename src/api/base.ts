import { siteUrl } from '../lib/urls.ts';

/**
 * Where the API lives: `PUBLIC_API_BASE` when set (a real backend), otherwise `api/` under the
 * site's base path (`/support/faq/api/`), which the sandbox's mock answers. Always ends with `/`.
 */
export const apiBase: string = withTrailingSlash(import.meta.env.PUBLIC_API_BASE || siteUrl('api/'));

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
