import { expect, test } from '@playwright/test';
import { resultOptions, searchFromKeyboard } from '../fixtures/search-ui.ts';

// Served from dist-base/, built with BASE_PATH=/support/faq/ (see `npm run build:base`).
const base = '/support/faq/';

test('under a base path, search loads its index and links the results inside the base', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith(base)) outside.push(request.url());
  });
  await page.goto(`${base}it/`);
  await searchFromKeyboard(page, 'logo');
  const first = resultOptions(page).first();
  await expect(first).toHaveAttribute('href', `${base}it/guides/customize-organization/?highlight=logo`);
  await first.click();
  await expect(page).toHaveURL(`${base}it/guides/customize-organization/`);
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
  expect(outside).toEqual([]);
});
