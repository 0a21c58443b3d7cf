import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Pagefind's index files are already gzip-compressed binaries.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Types a static host compresses on the fly; everything else goes out as stored. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

export interface ServedRequest {
  path: string;
  /** Bytes written on the socket for the body (after gzip when compressed). */
  bodyBytes: number;
}

/**
 * A tiny static server for a built `dist/` on 127.0.0.1, compressing text like a real host would,
 * and recording every response so the benchmark can sum what a search downloaded.
 */
export async function serveStatic(root: string) {
  const served: ServedRequest[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolveFile(root, path);
    if (!file) return notFound(response);
    const type = extname(file);
    const gzip = compressible.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.setHeader('content-type', mimeTypes[type] ?? 'application/octet-stream');
    // Astro's hashed assets never change under the same name: a host caches them for good.
    if (path.includes('/_astro/')) response.setHeader('cache-control', 'public, max-age=31536000, immutable');
    if (gzip) response.setHeader('content-encoding', 'gzip');
    else response.setHeader('content-length', statSync(file).size);
    const record: ServedRequest = { path, bodyBytes: 0 };
    served.push(record);
    const source = createReadStream(file);
    const body = gzip ? source.pipe(createGzip()) : source;
    body.on('data', (chunk: Buffer) => {
      record.bodyBytes += chunk.length;
    });
    body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function resolveFile(root: string, path: string): string | undefined {
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html'), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

function notFound(response: ServerResponse) {
  response.statusCode = 404;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.end('Not found');
}
