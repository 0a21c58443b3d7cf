import { expect, test } from '@playwright/test';

test.describe('the root sends the reader to their language', () => {
  test.use({ locale: 'de-CH' });
  test('a German-speaking browser lands on /de/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/de\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the root offers every language as a plain link', async ({ page }) => {
    await page.goto('/');
    for (const name of ['English', 'Français', 'Deutsch', 'Italiano', 'Español']) {
      await expect(page.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
    }
  });
});

test('an unknown path gets the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/en/guides/no-such-guide/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the Help Center home' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('the language switcher keeps the reader on the same guide', async ({ page }) => {
  await page.goto('/en/guides/delete-account/');
  const switcher = page.getByRole('navigation', { name: 'Language', exact: true });
  await switcher.locator('summary').click();
  await switcher.getByRole('link', { name: 'Italiano' }).click();
  await expect(page).toHaveURL(/\/it\/guides\/delete-account\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
});

test('every page declares its language alternates', async ({ page }) => {
  await page.goto('/es/guides/payment-profiles/');
  const alternates = page.locator('link[rel="alternate"][hreflang]');
  await expect(alternates).toHaveCount(6);
  await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute('href', /\/en\/guides\/payment-profiles\/$/);
});
