import { expect, test } from '@playwright/test';

test('the home search is a plain form that opens the search page with the query', async ({ page }) => {
  await page.goto('/fr/');
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: 'Rechercher dans le centre d’aide' }).fill('facture');
  await search.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/fr\/search\/\?q=facture$/);
});

test('the home page puts the most useful guides first, before the topics', async ({ page }) => {
  await page.goto('/en/');
  const popular = page.getByRole('region', { name: 'Popular guides' });
  await expect(popular.getByRole('link').first()).toHaveText('Change your recovery email address');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Popular guides')).toBeLessThan(headings.indexOf('Browse by topic'));
});

test('"copy link" on a section heading copies the address of that section', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/guides/recovery-email/');
  await page.getByRole('link', { name: 'Copy link to the section “Change the address”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/en\/guides\/recovery-email\/#change-the-address$/,
  );
  await expect(page).toHaveURL(/#change-the-address$/);
  // The heading's own name stays its text.
  await expect(page.getByRole('heading', { level: 2, name: 'Change the address', exact: true })).toBeVisible();
});

test('on a wide screen the contents stay in view beside the guide while the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/guides/organizations/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const article = await page.locator('article.guide h1').boundingBox();
  const before = await toc.boundingBox();
  expect(before?.x).toBeGreaterThan((article?.x ?? 0) + (article?.width ?? 0));
  await page.getByRole('heading', { name: 'Leave an organization' }).evaluate((heading) => heading.scrollIntoView());
  await expect(toc).toBeInViewport();
  await expect(toc.getByRole('link', { name: 'Leave an organization' })).toHaveAttribute('aria-current', 'true');
});

test('printing a guide prints the guide alone, its steps, and the address of its links', async ({ page }) => {
  await page.goto('/en/guides/customize-organization/');
  // Paper stays black on white even for a reader whose screen is dark.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
  for (const chrome of [
    page.getByRole('banner'),
    page.getByRole('contentinfo'),
    page.getByRole('navigation', { name: 'Breadcrumbs' }),
    page.getByRole('navigation', { name: 'On this page' }),
    page.getByRole('region', { name: 'Related guides' }),
    page.locator('theme-switch'),
  ]) {
    await expect(chrome).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.steps li').first()).toBeVisible();
  const printed = await page
    .getByRole('link', { name: 'Switch organization' })
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printed).toBe('" (https://help.example.com/en/guides/organizations/#switch-to-another-organization)"');

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('banner')).toBeVisible();
});

test('each locale has a web manifest in its language, and pages share a default image', async ({ page, request }) => {
  await page.goto('/it/guides/organizations/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe('/it/manifest.webmanifest');
  const manifest = await (await request.get(manifestHref ?? '')).json();
  expect(manifest).toMatchObject({ name: 'Centro assistenza', lang: 'it', start_url: '/it/' });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);

  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe('https://help.example.com/og-default.png');
  expect((await request.get('/og-default.png')).headers()['content-type']).toBe('image/png');
});
