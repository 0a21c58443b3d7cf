import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, expect, test } from 'vitest';
import { buildSiteWith, projectRoot } from '../fixtures/build-site.ts';
import { checkOutcome, completeWalkthrough, rootOf, walkthroughCases } from '../fixtures/walkthroughs.ts';

/**
 * README "Add a walkthrough", proved: its two files are all it takes. The list and the walkthrough
 * file are taken from the README itself, added to a copy of the content (the list inside a new
 * guide), the site builds, the generic test cases pick the walkthrough up, and it is followed to
 * its end in Chromium and passes the generic outcome check.
 */
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Add a walkthrough'), readme.indexOf('## Add or translate a guide'));
const block = (language: string) => {
  const found = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];
  if (!found) throw new Error(`README "Add a walkthrough" has no ${language} example`);
  return found.replace(/^ {3}/gm, '');
};
const list = block('mdx');
const walkthrough = block('yaml');
const id = /walkthrough="([^"]+)"/.exec(list)?.[1] ?? '';
const guide = `---
title: Get the events newsletter
description: This guide explains how to receive the Infomaniak newsletter about events.
topic: account
order: 9
updated: 2026-11-29
---

## Subscribe to the events newsletter

${list}`;

const work = mkdtempSync(join(tmpdir(), 'new-walkthrough-'));
let preview: ChildProcess | undefined;
afterAll(() => {
  preview?.kill();
  rmSync(work, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function serve(outDir: string): Promise<string> {
  const port = await freePort();
  preview = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: projectRoot, env: { ...process.env, OUT_DIR: outDir }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 100; tries++) {
    if (
      await fetch(`${url}en/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return url;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('astro preview did not start');
}

test('a guide plus a walkthrough file build, and the walkthrough passes the generic check', {
  timeout: 240_000,
}, async () => {
  const site = buildSiteWith(work, { 'en/events-newsletter.mdx': guide }, ['en'], { [`${id}.yaml`]: walkthrough });
  expect(site.log).not.toContain('needs fixing');
  expect(site.status).toBe(0);
  expect(walkthroughCases(site.guides, site.walkthroughs)).toContainEqual({
    locale: 'en',
    slug: 'events-newsletter',
    id,
    steps: 3,
  });

  const base = await serve(site.outDir);
  // Debian's Chromium where it is installed, as in tests/playwright.config.ts.
  const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
  try {
    const page = await browser.newPage();
    await page.goto(`${base}en/guides/events-newsletter/`);
    const root = rootOf(page, id);
    await root.getByRole('button', { name: 'Try it', exact: true }).click();
    await completeWalkthrough(page, root);
    expect(await root.getAttribute('data-state')).toBe('done');
    await checkOutcome(page, id, site.walkthroughs);
  } finally {
    await browser.close();
  }
});
