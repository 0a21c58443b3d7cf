import { expect, test } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/t.ts';
import { readGuides } from '../fixtures/guide-files.ts';

const translated = ['fr', 'de', 'it', 'es'].flatMap((locale) => readGuides(locale));

for (const guide of translated) {
  test(`${guide.locale}/${guide.slug} is shown in its language, with no fallback notice`, async ({ page }) => {
    await page.goto(`/${guide.locale}/guides/${guide.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', guide.locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
    await expect(page).toHaveTitle(`${guide.title} · ${dictionaries[guide.locale as Locale]['site.name']}`);
    await expect(page.locator('.fallback-notice')).toHaveCount(0);
    await expect(page.locator('article.guide')).not.toHaveAttribute('lang', /.*/);
  });
}

test('every hreflang alternate of a guide points to a page that exists in that language', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/de/guides/account-activity/');
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')] as const));
  expect(alternates.map(([lang]) => lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'x-default']);
  for (const [lang, href] of alternates) {
    const path = new URL(href ?? '').pathname;
    const response = await request.get(`${baseURL}${path}`);
    expect(response.status(), `${lang} → ${path}`).toBe(200);
    const expected = lang === 'x-default' ? 'en' : lang;
    expect(await response.text()).toContain(`<html lang="${expected}"`);
  }
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/de\/guides\/account-activity\/$/);
});

test('dates follow the reader’s language', async ({ page }) => {
  await page.goto('/fr/guides/organizations/');
  await expect(page.locator('.guide__updated time')).toHaveText('Mis à jour le 29 novembre 2026');
  await page.goto('/de/guides/organizations/');
  await expect(page.locator('.guide__updated time')).toHaveText('Aktualisiert am 29. November 2026');
});
