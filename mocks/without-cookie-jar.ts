/**
 * Stands in for `tough-cookie` in the site's bundles (aliased in astro.config.mjs). MSW keeps a
 * cookie jar in the browser so a mocked response's Set-Cookie reaches later requests; the practice
 * Manager's API uses no cookies, and the real jar (tough-cookie and its public-suffix list) was
 * about 100 KB of the sandbox's first download. This has the shape MSW calls, and keeps nothing:
 * cookies set by a handler are ignored, and requests carry only the page's own cookies.
 * (Vitest runs MSW in Node, where it never creates the jar, so tests use the real module.)
 */
export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  getCookiesSync(_url: string): Array<{ key: string; value: string }> {
    return [];
  }

  async setCookie(_cookie: string, _url: string): Promise<void> {}
}

export const Cookie = {
  fromJSON: (_json: unknown): undefined => undefined,
};
