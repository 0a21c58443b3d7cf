import { chromium } from '@playwright/test';
const [, , path, out, width = '1280', scheme = 'light', locale = 'en'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: +width, height: 900 }, colorScheme: scheme, locale });
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
await page.goto('http://127.0.0.1:4398/inbox/');
await page.locator('#inbox-email').fill('admin@example.com');
await page.locator('#inbox-password').fill('correct horse battery staple');
await page.locator('form.inbox-form button[type=submit]').click();
await page.waitForSelector('.inbox-list, .inbox-guides, .inbox-detail', { timeout: 10000 });
if (path !== '/inbox/') await page.goto('http://127.0.0.1:4398' + path);
await page.waitForTimeout(1200);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
