import { expect, test } from '@playwright/test';
import { readGuides } from '../fixtures/guide-files.ts';

const englishGuides = readGuides('en');

for (const guide of englishGuides) {
  test(`the English guide "${guide.slug}" shows its title and every step`, async ({ page }) => {
    await page.goto(`/en/guides/${guide.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
    const lists = page.locator('main .steps ol');
    await expect(lists).toHaveCount(guide.stepLists.length);
    for (const [index, list] of guide.stepLists.entries()) {
      await expect(lists.nth(index).locator(':scope > li')).toHaveCount(list.items.length);
    }
  });
}

test('the home page links to every guide, grouped by topic', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help?');
  // Scoped to the topics: popular guides above them repeat a few of the same links.
  const topics = page.getByRole('region', { name: 'Browse by topic' });
  for (const guide of englishGuides) {
    await expect(topics.getByRole('link', { name: guide.title, exact: true })).toHaveAttribute(
      'href',
      `/en/guides/${guide.slug}/`,
    );
  }
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(6);
});

test('a guide page has breadcrumbs, a table of contents and its updated date', async ({ page }) => {
  await page.goto('/en/guides/organizations/');
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(breadcrumbs.getByRole('link', { name: 'Organizations' })).toHaveAttribute(
    'href',
    '/en/topics/organizations/',
  );
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Leave an organization' }).click();
  await expect(page).toHaveURL(/#leave-an-organization$/);
  await expect(page.locator('time')).toHaveText('Updated November 29, 2026');
});
