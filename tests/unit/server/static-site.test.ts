import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { staticSite } from '../../../src/server/http/static-site.ts';

let root: string;
const page = `<!doctype html><html lang="en"><title>Guide</title>${'<p>Text of a guide.</p>'.repeat(100)}</html>`;

function site(basePath = '/') {
  const app = new Hono();
  app.use(staticSite({ root, basePath }));
  return app;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'static-site-'));
  mkdirSync(join(root, 'en/guides/recovery-email'), { recursive: true });
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'pagefind'));
  writeFileSync(join(root, 'en/guides/recovery-email/index.html'), page);
  writeFileSync(join(root, 'en/index.html'), page);
  writeFileSync(join(root, '404.html'), '<!doctype html><h1>Page not found</h1>');
  writeFileSync(join(root, '_astro/app.Bx12.js'), `console.log(${JSON.stringify('x'.repeat(2000))})`);
  writeFileSync(join(root, 'pagefind/pagefind.wasm'), Buffer.alloc(2000, 1));
  // What a careless copy of a folder brings along, and the one dot folder meant to be public.
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'en/.drafts'));
  mkdirSync(join(root, '.well-known'));
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(root, '.git/config'), '[core]');
  writeFileSync(join(root, 'en/.drafts/index.html'), page);
  writeFileSync(join(root, '.well-known/security.txt'), 'Contact: mailto:security@example.com');
  writeFileSync(
    join(root, '_headers'),
    "/*\n  X-Frame-Check: yes\n  Content-Security-Policy: default-src 'self'\n/en/*\n  X-Locale: en\n",
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the built site, served like a static host', () => {
  test("a folder's index.html, with the headers of _headers for its path", async () => {
    const response = await site().request('/en/guides/recovery-email/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-locale')).toBe('en');
    expect(await response.text()).toBe(page);
  });

  test('a folder without its slash is redirected to it, keeping the query', async () => {
    const response = await site().request('/en/guides/recovery-email?highlight=email');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/guides/recovery-email/?highlight=email');
  });

  test.each(['http://localhost//en/guides/recovery-email', 'http://localhost///en/guides/recovery-email'])(
    'a redirect never leaves the site, whatever slashes lead the path: %s',
    async (url) => {
      const response = await site().request(url);
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/en/guides/recovery-email/');
    },
  );

  test('.well-known/ is served', async () => {
    const response = await site().request('/.well-known/security.txt');
    expect(response.status).toBe(200);
  });

  test('an unknown path gets the site’s 404 page with status 404', async () => {
    const response = await site().request('/en/guides/nothing-here/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  test.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/en/..%2f..%2f..%2fetc/passwd',
    '/_headers',
    '/en/%2e%2e/_headers',
    '/en/%00',
    '/.env',
    '/%2eenv',
    '/.git/config',
    '/en/%2e%2e/.git/config',
    '/en/.drafts/',
  ])('%s is not served', async (path) => {
    const response = await site().request(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  test('text is compressed with brotli or gzip as the browser accepts; images and Pagefind files as they are', async () => {
    const br = await site().request('/en/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(page);
    const gzip = await site().request('/en/', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(page);
    const wasm = await site().request('/pagefind/pagefind.wasm', { headers: { 'accept-encoding': 'br' } });
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
  });

  test('an unchanged file is a 304 for its ETag; hashed assets are cached for a year', async () => {
    const first = await site().request('/_astro/app.Bx12.js');
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = first.headers.get('etag') ?? '';
    const again = await site().request('/_astro/app.Bx12.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const html = await site().request('/en/');
    expect(html.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  test('under a base path, only paths below it are the site', async () => {
    const app = site('/support/faq/');
    expect((await app.request('/support/faq/en/')).status).toBe(200);
    expect((await app.request('/en/')).status).toBe(404);
  });

  test('HEAD answers the headers without a body; other methods are not the site’s', async () => {
    const head = await site().request('/en/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await site().request('/en/', { method: 'POST' })).status).toBe(404);
  });
});
