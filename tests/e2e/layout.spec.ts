import { expect, test } from '@playwright/test';
import { wcagViolations } from '../fixtures/axe.ts';
import { pageTypes } from './page-types.ts';

for (const type of pageTypes) {
  test.describe(`the ${type.name} page`, () => {
    test.use({ javaScriptEnabled: type.javaScriptEnabled ?? true });

    test('fits a 320 px screen without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(type.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The header stays one tidy row: site name and tools side by side.
      const header = await page.getByRole('banner').boundingBox();
      expect(header?.height).toBeLessThan(80);
    });

    test('has one h1, the landmarks and a skip link that moves focus to the main content', async ({ page }) => {
      await page.goto(type.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      expect(await page.getByRole('navigation').count()).toBeGreaterThan(0);

      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: /^(Skip to content|Zum Inhalt springen)$/ });
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
    });

    test('gives every control outside running text a tap target of at least 24 px', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(type.path);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, summary, input')]
          .filter((element) => element.checkVisibility() && !element.closest('p, .guide__body li, .skip-link'))
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${box.width}x${box.height}`),
      );
      expect(small).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe's WCAG 2.2 AA checks in the ${colorScheme} theme`, async ({ browser }) => {
        // axe needs JavaScript; for a page checked as readers without it see it, keep scripts on
        // but leave out the one that would move on at once (the language choice's redirect).
        const context = await browser.newContext({ colorScheme, javaScriptEnabled: true });
        const page = await context.newPage();
        if (type.javaScriptEnabled === false) {
          await page.route(`**${type.path}`, async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace(
              /<script type="module">[^<]*location\.replace[^<]*<\/script>/,
              '',
            );
            await route.fulfill({ response, body });
          });
        }
        await page.goto(type.path);
        expect(await wcagViolations(page)).toEqual([]);
        await context.close();
      });
    }
  });
}
