import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { translationStatus } from '../../src/i18n/translation-status.ts';

function guides(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'status-'));
  for (const [path, updated] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `---\ntitle: x\nupdated: ${updated}\n---\n`);
  }
  return dir;
}

test('reports missing and outdated translations per locale', () => {
  const dir = guides({
    'en/a.mdx': '2026-11-01',
    'en/b.mdx': '2026-11-20',
    'fr/a.mdx': '2026-11-01',
    'fr/b.mdx': '2026-10-01',
    'de/a.mdx': '2026-11-02',
  });
  const byLocale = Object.fromEntries(translationStatus(dir).map((status) => [status.locale, status]));
  expect(byLocale.fr).toMatchObject({
    translated: ['a'],
    missing: [],
    outdated: [{ slug: 'b', translated: '2026-10-01' }],
  });
  expect(byLocale.de).toMatchObject({ translated: ['a'], missing: ['b'], outdated: [] });
  expect(byLocale.es).toMatchObject({ translated: [], missing: ['a', 'b'] });
});
