import { expect, test } from '@playwright/test';

const pages = [
  { name: 'home', path: '/en/' },
  { name: 'topic', path: '/en/topics/account/' },
  { name: 'guide', path: '/en/guides/customize-organization/' },
  { name: '404', path: '/en/guides/no-such-guide/' },
];

for (const { name, path } of pages) {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} at ${width} px, ${colorScheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, { fullPage: true });
      });
    }
  }
}
