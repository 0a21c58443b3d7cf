import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const projectRoot = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'broken-guides-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the real site over a copy of the English guides plus one broken file; returns the log. */
function buildWith(relativePath: string, source: string) {
  const dir = mkdtempSync(join(work, 'case-'));
  const guides = join(dir, 'guides');
  cpSync(join(projectRoot, 'content/guides/en'), join(guides, 'en'), { recursive: true });
  mkdirSync(join(guides, relativePath, '..'), { recursive: true });
  writeFileSync(join(guides, relativePath), source);
  const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    env: { ...process.env, GUIDES_DIR: guides, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, log: `${run.stdout}\n${run.stderr}` };
}

const valid = (frontmatter: string) =>
  `---\n${frontmatter}\ndescription: This guide explains how to test a broken guide.\norder: 1\nupdated: 2026-11-29\n---\n\nText.\n`;

describe('a malformed guide fails the build with a message naming the file and the fix', () => {
  test('missing title', { timeout: 120_000 }, () => {
    const { status, log } = buildWith('en/zz-no-title.mdx', valid('topic: account'));
    expect(status).not.toBe(0);
    expect(log).toContain('zz-no-title');
    expect(log).toContain('title is missing: add a line "title:');
  });

  test('unknown topic', { timeout: 120_000 }, () => {
    const { status, log } = buildWith('en/zz-bad-topic.mdx', valid('title: A guide\ntopic: cooking'));
    expect(status).not.toBe(0);
    expect(log).toContain('zz-bad-topic');
    expect(log).toContain('topic must be one of: account, organizations, billing, domains, security, feedback');
  });

  test('a locale folder that is not one of ours', { timeout: 120_000 }, () => {
    const { status, log } = buildWith('pt/recovery-email.mdx', valid('title: A guide\ntopic: account'));
    expect(status).not.toBe(0);
    expect(log).toContain('content/guides/pt/recovery-email.mdx');
    expect(log).toContain('Move the file into one of those folders');
  });

  test('a translation without an English original', { timeout: 120_000 }, () => {
    const { status, log } = buildWith('fr/zz-orphan.mdx', valid('title: Un guide\ntopic: account'));
    expect(status).not.toBe(0);
    expect(log).toContain('content/guides/fr/zz-orphan.mdx has no English original');
  });
});
