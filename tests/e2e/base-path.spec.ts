import { expect, test } from '@playwright/test';

// Served from dist-base/, built with BASE_PATH=/support/faq/ (see `npm run build:base`).
const base = '/support/faq/';

test('under a base path, every link, asset and script stays inside it', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(base)) outside.push(pathname);
  });
  await page.goto(`${base}en/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help?');
  const hrefs = await page
    .locator('a[href^="/"], link[href^="/"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
  await page
    .getByRole('region', { name: 'Browse by topic' })
    .getByRole('link', { name: 'Change your recovery email address' })
    .click();
  await expect(page).toHaveURL(`${base}en/guides/recovery-email/`);
  // The stylesheet loaded: steps are drawn as numbered circles.
  await expect(page.locator('.steps li').first()).toHaveCSS('padding-left', '48px');
  expect(outside).toEqual([]);
});

test('under a base path, the root still reaches a language', async ({ page }) => {
  await page.goto(base);
  await expect(page).toHaveURL(new RegExp(`${base}(en|fr|de|it|es)/$`));
});

test('under a base path, the web manifest, its icons and the share image stay inside it', async ({ page, request }) => {
  await page.goto(`${base}fr/`);
  const manifestHref = (await page.locator('link[rel="manifest"]').getAttribute('href')) ?? '';
  expect(manifestHref).toBe(`${base}fr/manifest.webmanifest`);
  const manifest = await (await request.get(manifestHref)).json();
  expect(manifest.start_url).toBe(`${base}fr/`);
  for (const icon of manifest.icons) {
    expect(icon.src.startsWith(base), icon.src).toBe(true);
    expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  }
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    `https://help.example.com${base}og-default.png`,
  );
});
