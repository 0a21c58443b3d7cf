import { expect, type Page, test } from '@playwright/test';
import { resultOptions } from '../fixtures/search-ui.ts';
import { completeWalkthrough, rootOf } from '../fixtures/walkthroughs.ts';

/**
 * Collects what a reader would never see but must never happen: console errors, uncaught
 * exceptions and Content-Security-Policy violations (the policy is strict: see astro.config.mjs).
 */
async function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return problems;
}

const quietPages = [
  '/',
  '/en/',
  '/fr/topics/security/',
  '/de/guides/organizations/',
  '/it/feedback/',
  '/es/feedback/kdrive/',
];

for (const path of quietPages) {
  test(`${path} loads without a console error or CSP violation`, async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000); // brings lazily hydrated islands (helpfulness) into view
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('searching, the sandbox and a walkthrough run under the policy without errors', async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto('/en/guides/recovery-email/', { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await page.keyboard.type('recovery');
  await expect(resultOptions(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  const walkthrough = rootOf(page, 'recovery-email');
  await walkthrough.getByRole('button', { name: 'Try it', exact: true }).click();
  await completeWalkthrough(page, walkthrough);
  await page.goto('/fr/sandbox/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('region', { name: 'Manager simulé' })).toBeVisible();
  expect(problems).toEqual([]);
});
