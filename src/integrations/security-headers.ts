import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Headers every response should carry, beyond the Content-Security-Policy. */
const fixedHeaders = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * Merges the CSP <meta> of every page into one policy (the union of each directive's sources:
 * pages differ only by the hashes of their scripts and styles), adds `frame-ancestors`, which a
 * <meta> cannot carry, and writes it with the other security headers to `_headers`, the file
 * Netlify and Cloudflare Pages read.
 */
export function mergePolicies(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const merged = directives.get(name) ?? new Set<string>();
      for (const source of sources) merged.add(source);
      directives.set(name, merged);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'help-center:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root).flatMap((file) => {
          const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
          return meta?.[1] ? [meta[1].replaceAll('&#39;', "'")] : [];
        });
        const headers = { 'Content-Security-Policy': mergePolicies(policies), ...fixedHeaders };
        const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
        // The staff inbox is for nobody's search engine.
        const inbox = `${base}inbox/*\n  X-Robots-Tag: noindex, nofollow\n`;
        writeFileSync(join(root, '_headers'), `${base}*\n${lines.join('\n')}\n${inbox}`);
        logger.info(`wrote _headers from the policies of ${policies.length} pages`);
      },
    },
  };
}
