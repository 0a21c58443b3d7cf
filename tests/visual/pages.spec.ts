import { expect, test } from '@playwright/test';

/** Each page type; `ready` is text that shows once the page has finished drawing (islands included). */
const pages = [
  { name: 'home', path: '/en/' },
  { name: 'topic', path: '/en/topics/account/' },
  { name: 'guide', path: '/en/guides/customize-organization/' },
  { name: 'sandbox', path: '/en/sandbox/', ready: 'Hello Camille' },
  { name: 'feedback-form', path: '/en/feedback/kdrive/' },
  { name: '404', path: '/en/guides/no-such-guide/' },
];

for (const { name, path, ready } of pages) {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} at ${width} px, ${colorScheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path, { waitUntil: 'networkidle' });
        if (ready) await expect(page.getByText(ready)).toBeVisible();
        await expect(page).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, { fullPage: true });
      });
    }
  }
}
