// Takes a screenshot of a page, to look at what we build:
//   npx node tests/tools/screenshot.mjs <url> <out.png> [width=1280] [light|dark] [full|viewport]
// WAIT_MS=2000 waits longer after the network is idle (e.g. for the sandbox to start).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [, , url, out, width = '1280', scheme = 'light', full = 'full'] = process.argv;
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(process.env.WAIT_MS ?? 300));
await page.screenshot({ path: out, fullPage: full === 'full' });
console.log(await page.title(), page.url());
await browser.close();
