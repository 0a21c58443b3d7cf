import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const dist = join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The file a site path resolves to on a static host, or null. */
function fileFor(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(dist, decoded, 'index.html')]
    : [join(dist, decoded), join(dist, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

test('every internal link, asset and anchor in dist/ resolves', () => {
  const broken: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    for (const [, attribute, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (!value || /^(https?:|mailto:|tel:|data:|javascript:)/.test(value)) continue;
      const url = new URL(value.replaceAll('&amp;', '&'), `http://site${page}`);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${page}: ${attribute}="${value}" (no file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !ids(readFileSync(target, 'utf8')).has(anchor)) {
        broken.push(`${page}: ${attribute}="${value}" (no element with id "${anchor}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});
