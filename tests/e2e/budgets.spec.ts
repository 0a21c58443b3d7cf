import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { resultOptions } from '../fixtures/search-ui.ts';
import { meterDownloads, sum } from '../fixtures/transfer-meter.ts';
import { type BudgetName, budgets } from '../perf/budgets.ts';

const figures: { name: BudgetName; bytes: number; detail: string }[] = [];

test.afterAll(() => {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = figures.map(
    ({ name, bytes, detail }) =>
      `| ${name} | ${kb(bytes)} | ${kb(budgets[name])} | ${bytes <= budgets[name] ? 'ok' : 'OVER'} | ${detail} |`,
  );
  const table = ['| budget (gzip) | measured | limit | | what |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
  console.log(`\nSize budgets\n${table}\n`);
  writeFileSync(join(import.meta.dirname, '../../test-results/budgets.md'), `${table}\n`);
});

test('a guide page stays within its HTML, CSS and JavaScript budgets before any interaction', async ({ page }) => {
  const meter = meterDownloads(page);
  await page.goto('/en/guides/organizations/', { waitUntil: 'networkidle' });
  const downloads = await meter.take();
  const html = sum(downloads, 'document');
  const css = sum(downloads, 'stylesheet');
  const js = sum(downloads, 'script');
  figures.push({ name: 'guideHtml', bytes: html, detail: '/en/guides/organizations/' });
  figures.push({ name: 'cssPerPage', bytes: css, detail: 'stylesheets of that page' });
  figures.push({
    name: 'guideJsBeforeInteraction',
    bytes: js,
    detail: `${downloads.filter((download) => download.type === 'script').length} scripts`,
  });
  expect(html).toBeLessThanOrEqual(budgets.guideHtml);
  expect(css).toBeLessThanOrEqual(budgets.cssPerPage);
  expect(js).toBeLessThanOrEqual(budgets.guideJsBeforeInteraction);
});

test('the first "Try it" downloads the walkthrough, the Manager and MSW within their budget', async ({ page }) => {
  await page.goto('/en/guides/recovery-email/', { waitUntil: 'networkidle' });
  const meter = meterDownloads(page);
  const root = page.locator('[data-walkthrough="recovery-email"]');
  await root.getByRole('button', { name: 'Try it' }).click();
  // The walkthrough runs once the Manager shows the first control to act on.
  await expect(page.locator('[data-walkthrough-next]')).toHaveCount(1, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const downloads = await meter.take();
  // The code, and the one file of strings in the reader's language (practice-strings.json).
  const code = downloads.filter(
    (download) =>
      download.type === 'script' || download.type === 'stylesheet' || download.url.endsWith('/practice-strings.json'),
  );
  expect(code.filter((download) => download.url.endsWith('/en/practice-strings.json'))).toHaveLength(1);
  const bytes = sum(code);
  figures.push({
    name: 'sandboxOnFirstUse',
    bytes,
    detail: `${code.length} scripts, stylesheets and strings after the first Try it (API answers by the mock not counted)`,
  });
  expect(bytes).toBeLessThanOrEqual(budgets.sandboxOnFirstUse);
});

test('each language’s synonyms, downloaded with the first search, stay within their budget', async ({ page }) => {
  for (const locale of localeCodes) {
    await page.goto(`/${locale}/guides/organizations/`, { waitUntil: 'networkidle' });
    const meter = meterDownloads(page);
    await page.keyboard.press('/');
    await page.keyboard.type('logo');
    await expect(resultOptions(page).first()).toBeVisible();
    const synonyms = (await meter.take()).filter((download) => /\/synonyms\.[a-z]+\.[^/]*\.js$/.test(download.url));
    // The reader's language only, never the others'.
    expect(synonyms.map((download) => new URL(download.url).pathname.split('/').pop()?.split('.')[1])).toEqual([
      locale,
    ]);
    const bytes = sum(synonyms);
    figures.push({ name: 'synonymsPerLocale', bytes, detail: `content/search/synonyms.${locale}.txt, as loaded` });
    expect(bytes).toBeLessThanOrEqual(budgets.synonymsPerLocale);
  }
});
