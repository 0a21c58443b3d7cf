import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/**
 * Under `astro dev` there is no index (Pagefind reads built HTML), so the dev server serves the
 * one of the latest `npm run build` at `<base>pagefind/`. Without a build it answers 404 and the
 * search dialog says how to get one; the terminal says it too, once, at start.
 */
export function serveLatestIndex(
  server: ViteDevServer,
  { outDir, base, logger }: { outDir: string; base: string; logger: AstroIntegrationLogger },
): void {
  const folder = join(outDir, 'pagefind');
  const prefix = `${base.replace(/\/+$/, '')}/pagefind/`;
  // Unit tests start a dev server too (getViteConfig); the note is for people running `astro dev`.
  if (!process.env.VITEST) {
    if (existsSync(join(folder, 'pagefind-entry.json')))
      logger.info(`search uses the index of the latest build (${folder})`);
    else logger.warn('search has no index yet: run `npm run build` once; the dev server then searches that build.');
  }
  server.middlewares.use(async (request, response, next) => {
    const path = request.url?.split('?')[0] ?? '';
    if (!path.startsWith(prefix)) return next();
    const file = normalize(join(folder, decodeURIComponent(path.slice(prefix.length))));
    if (!file.startsWith(folder + sep)) return next();
    try {
      const body = await readFile(file);
      response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('No search index: run `npm run build` once, then reload.');
    }
  });
}
