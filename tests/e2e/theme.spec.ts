import { expect, type Page, test } from '@playwright/test';

const darkBackground = 'rgb(15, 20, 27)';
const lightBackground = 'rgb(255, 255, 255)';

/**
 * Records the theme at the moment <body> first exists, while the document is still being parsed:
 * before any bundled (deferred) script of ours can run, so only the head script can have set it.
 */
async function recordFirstPaintState(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      observer.disconnect();
      (window as unknown as { firstBody: object }).firstBody = {
        theme: document.documentElement.dataset.theme ?? null,
        readyState: document.readyState,
        switchDefined: customElements.get('theme-switch') !== undefined,
      };
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function chooseTheme(page: Page, name: string) {
  await page.locator('theme-switch summary').click();
  await page.getByRole('button', { name, exact: true }).click();
}

test('a chosen dark theme survives a reload on a light system, already there before the first paint', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/guides/recovery-email/');
  await expect(page.locator('body')).toHaveCSS('background-color', lightBackground);
  await chooseTheme(page, 'Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', darkBackground);
  // The menu closed after the choice; its buttons keep the state for the next time it opens.
  await expect(page.getByRole('button', { name: 'Dark', exact: true, includeHidden: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await recordFirstPaintState(page);
  await page.goto('/en/topics/account/');
  const firstBody = await page.evaluate(() => (window as unknown as { firstBody: unknown }).firstBody);
  expect(firstBody).toEqual({ theme: 'dark', readyState: 'loading', switchDefined: false });
  await expect(page.locator('body')).toHaveCSS('background-color', darkBackground);
});

test('a chosen light theme wins over a dark system, and "Match my device" follows the system again', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/fr/');
  await expect(page.locator('body')).toHaveCSS('background-color', darkBackground);
  await chooseTheme(page, 'Clair');
  await recordFirstPaintState(page);
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstBody: unknown }).firstBody)).toMatchObject({
    theme: 'light',
    readyState: 'loading',
  });
  await expect(page.locator('body')).toHaveCSS('background-color', lightBackground);

  await chooseTheme(page, 'Comme mon appareil');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.reload();
  await expect(page.locator('body')).toHaveCSS('background-color', darkBackground);
  await expect(page.getByRole('button', { name: 'Comme mon appareil', includeHidden: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('the page follows the system theme and offers no switch that could not work', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('body')).toHaveCSS('background-color', darkBackground);
    await expect(page.locator('theme-switch')).toBeHidden();
  });
});
