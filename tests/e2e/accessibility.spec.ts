import { expect, type Page } from '@playwright/test';
import { wcagViolations as violations } from '../fixtures/axe.ts';
import { sitemapPaths } from '../fixtures/site-pages.ts';
import { tabPerWorker } from '../fixtures/worker-tab.ts';

const pages = [...sitemapPaths(), '/404.html', '/'];

// One tab per worker, each test loading its page afresh (axe only reads).
const test = tabPerWorker();

/** Loads a page; on a sandbox page, waits until the simulated Manager has rendered, so axe checks it too. */
async function open(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'load' });
  if (/\/sandbox\/$/.test(path)) {
    await expect(page.locator('.mgr [data-target="profile-menu"]')).toBeVisible({ timeout: 15_000 });
  }
}

test.describe('every page of the sitemap passes axe (WCAG 2.2 AA)', () => {
  for (const path of pages) {
    test(`light: ${path}`, async ({ tab }) => {
      await open(tab, path);
      expect(await violations(tab)).toEqual([]);
    });
  }
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  const oneOfEachKind = [
    '/fr/',
    '/de/topics/security/',
    '/it/guides/organizations/',
    '/es/guides/delete-account/',
    '/en/sandbox/',
    '/404.html',
  ];
  for (const path of oneOfEachKind) {
    test(`dark: ${path}`, async ({ tab }) => {
      await open(tab, path);
      expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await violations(tab)).toEqual([]);
    });
  }
});

test('the check itself finds what it looks for: an image without text, a button without a name', async ({ page }) => {
  await page.goto('/en/guides/organizations/');
  await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><button type="button"></button>');
  });
  const rules = (await violations(page)).map((violation) => violation.rule);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
});
