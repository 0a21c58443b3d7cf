import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { describe, expect, test } from 'vitest';
import { serveLatestIndex } from '../../src/integrations/pagefind-dev.ts';

type Middleware = (request: { url?: string }, response: FakeResponse, next: () => void) => Promise<void> | void;
interface FakeResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: string;
  setHeader: (name: string, value: string) => void;
  end: (body?: Buffer | string) => void;
}

/** A dev server reduced to what the middleware uses, and a request through it. */
function devServer(outDir: string, base: string) {
  let middleware: Middleware | undefined;
  const server = { middlewares: { use: (handler: Middleware) => (middleware = handler) } } as unknown as ViteDevServer;
  const logger = { info: () => undefined, warn: () => undefined } as unknown as AstroIntegrationLogger;
  serveLatestIndex(server, { outDir, base, logger });
  return async (url: string) => {
    const response: FakeResponse = {
      statusCode: 200,
      headers: {},
      setHeader(name, value) {
        this.headers[name] = value;
      },
      end(body) {
        this.body = body?.toString();
      },
    };
    let passedOn = false;
    await middleware?.({ url }, response, () => {
      passedOn = true;
    });
    return { ...response, passedOn };
  };
}

describe('search under `astro dev`', () => {
  const built = mkdtempSync(join(tmpdir(), 'search-dev-'));
  mkdirSync(join(built, 'pagefind'));
  writeFileSync(join(built, 'pagefind', 'pagefind.js'), 'export const search = 1;');

  test('serves the index of the latest build, under the base path', async () => {
    const get = devServer(built, '/support/faq/');
    const response = await get('/support/faq/pagefind/pagefind.js?ts=1');
    expect(response.body).toBe('export const search = 1;');
    expect(response.headers['Content-Type']).toBe('text/javascript');
  });

  test('answers 404 with how to get an index when there is none, never silence', async () => {
    const get = devServer(mkdtempSync(join(tmpdir(), 'search-dev-empty-')), '/');
    const response = await get('/pagefind/pagefind.js');
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('npm run build');
  });

  test('leaves every other request, and paths outside the index, to the dev server', async () => {
    const get = devServer(built, '/');
    expect((await get('/en/guides/recovery-email/')).passedOn).toBe(true);
    expect((await get('/pagefind/../../etc/passwd')).passedOn).toBe(true);
  });
});
