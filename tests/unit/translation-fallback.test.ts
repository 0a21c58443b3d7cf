import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSiteWith, guideSource, projectRoot } from '../fixtures/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'fallback-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const translatedLocales = ['fr', 'de', 'it', 'es'].filter((locale) =>
  existsSync(join(projectRoot, 'content/guides', locale)),
);
const countGuides = (locale: string) =>
  existsSync(join(projectRoot, 'content/guides', locale))
    ? readdirSync(join(projectRoot, 'content/guides', locale)).filter((file) => file.endsWith('.mdx')).length
    : 0;

describe('a guide that exists only in English', () => {
  let build: ReturnType<typeof buildSiteWith>;
  beforeAll(() => {
    build = buildSiteWith(
      work,
      { 'en/zz-english-only.mdx': guideSource('title: Only in English\ntopic: account', 'Some English text.') },
      ['en', ...translatedLocales],
    );
  }, 120_000);

  test('builds, and prints no warning, so a writer sees the ones that are about their guides', () => {
    expect(build.status, build.log).toBe(0);
    // Astro's own "[WARN]" lines and Babel's notes: none are expected of the site's config.
    expect(build.log).not.toMatch(/\[WARN\]|\[BABEL\]/);
  });

  test('shows the English text in French with a French notice, marked lang="en"', () => {
    const html = readFileSync(join(build.outDir, 'fr/guides/zz-english-only/index.html'), 'utf8');
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('Ce guide n’est pas encore traduit en français');
    expect(html).toMatch(/<article[^>]*class="guide"[^>]*lang="en"|<article[^>]*lang="en"[^>]*class="guide"/);
    expect(html).toContain('Only in English');
  });

  test('stays out of the French search index and is in the English one', () => {
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(countGuides('en') + 1);
    expect(entry.languages.fr?.page_count ?? 0).toBe(countGuides('fr'));
  });
});
