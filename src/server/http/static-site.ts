import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative as relativeTo, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { contentTypeOf } from './content-types.ts';
import { type HeaderRule, headersFor, parseHeadersFile } from './headers-file.ts';

export interface StaticSiteSettings {
  /** The build (`dist/`). */
  root: string;
  /** The path the site is built for (`/`, `/support/faq/`). */
  basePath: string;
}

interface Entry {
  body: Buffer;
  etag: string;
  mtimeMs: number;
  compressed: Map<'br' | 'gzip', Buffer>;
}

/** Files of the build that a static host would not serve. */
const hidden = new Set(['_headers', '_redirects']);

/**
 * Whether a file, relative to the site's root once resolved, is not for readers: the host's own
 * files, or anything under a dot segment (`.git`, `.env`) a careless copy of a folder brings along.
 * `.well-known/` is the one dot folder the web means to be public (RFC 8615).
 */
function isHidden(relative: string): boolean {
  const segments = relative.split(sep);
  if (hidden.has(relative)) return true;
  return segments.some((segment, index) => segment.startsWith('.') && !(index === 0 && segment === '.well-known'));
}

/** A path as a Location may carry it: `//evil.example/` would send the browser to another host. */
const sameOrigin = (path: string) => path.replace(/^[/\\]+/, '/');

/**
 * Serves the built site like a static host: the headers of `_headers`, `index.html` for a
 * folder, the site's own 404 page with status 404, brotli or gzip for text, ETags, and long
 * caching for Astro's hashed assets. Files are read once and kept (they never change while the
 * service runs; a new build means a restart).
 */
export function staticSite({ root, basePath }: StaticSiteSettings): MiddlewareHandler {
  const siteRoot = resolve(root);
  const headersFile = join(siteRoot, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const cache = new Map<string, Entry>();

  function load(file: string): Entry | undefined {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(file);
    } catch {
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs) return cached;
    const entry: Entry = {
      body: readFileSync(file),
      etag: `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`,
      mtimeMs: stat.mtimeMs,
      compressed: new Map(),
    };
    cache.set(file, entry);
    return entry;
  }

  /** The file a URL path names, or undefined when it is outside the site or hidden. */
  function fileFor(path: string): { file: string; folder: boolean } | undefined {
    if (!path.startsWith(basePath) && `${path}/` !== basePath) return undefined;
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(basePath.length));
    } catch {
      return undefined;
    }
    if (relative.includes('\0')) return undefined;
    const file = resolve(siteRoot, `.${sep}${relative}`);
    if (file !== siteRoot && !file.startsWith(siteRoot + sep)) return undefined;
    // Checked on the resolved file: `/en/%2e%2e/_headers` is `_headers` too.
    if (isHidden(relativeTo(siteRoot, file))) return undefined;
    const folder = path.endsWith('/') || file === siteRoot;
    return { file: folder ? join(file, 'index.html') : file, folder };
  }

  function respond(request: Request, path: string, file: string, entry: Entry, status: number): Response {
    const { type, compressible } = contentTypeOf(file);
    const headers = new Headers(Object.fromEntries(headersFor(rules, path)));
    headers.set('Content-Type', type);
    headers.set('Cache-Control', cachePolicy(path, basePath));
    headers.set('ETag', entry.etag);
    headers.set('Vary', 'Accept-Encoding');
    if (status === 200 && request.headers.get('if-none-match') === entry.etag) {
      return new Response(null, { status: 304, headers });
    }
    let body = entry.body;
    const encoding = compressible && body.length > 512 ? preferredEncoding(request) : undefined;
    if (encoding) {
      body = compressedBody(entry, encoding);
      headers.set('Content-Encoding', encoding);
    }
    headers.set('Content-Length', String(body.length));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
  }

  return async (context, next) => {
    const request = context.req.raw;
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const path = new URL(request.url).pathname;
    const target = fileFor(path);
    if (target) {
      const entry = load(target.file);
      if (entry) return respond(request, path, target.file, entry, 200);
      // `/en/guides` → `/en/guides/`, as static hosts do for a folder.
      if (!target.folder && existsSync(join(target.file, 'index.html'))) {
        const location = `${sameOrigin(path)}/${new URL(request.url).search}`;
        return new Response(null, { status: 301, headers: { Location: location } });
      }
    }
    const notFoundFile = join(siteRoot, '404.html');
    const notFound = load(notFoundFile);
    if (!notFound) return next();
    return respond(request, path, notFoundFile, notFound, 404);
  };
}

function compressedBody(entry: Entry, encoding: 'br' | 'gzip'): Buffer {
  let body = entry.compressed.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(entry.body, { level: 9 });
    entry.compressed.set(encoding, body);
  }
  return body;
}

function preferredEncoding(request: Request): 'br' | 'gzip' | undefined {
  const accepted = request.headers.get('accept-encoding') ?? '';
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

/** Astro's `_astro/` files carry a hash in their name: they can be kept for a year. */
function cachePolicy(path: string, basePath: string): string {
  return path.startsWith(`${basePath}_astro/`)
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=0, must-revalidate';
}
