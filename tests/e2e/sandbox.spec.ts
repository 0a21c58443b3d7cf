import { expect, type Page, test } from '@playwright/test';

/** Opens the sandbox page and waits until the practice Manager answers. */
async function openSandbox(page: Page, path = '/en/sandbox/') {
  await page.goto(path);
  const manager = page.getByRole('region', { name: 'Simulated Manager' });
  await expect(manager.getByRole('heading', { name: 'Hello Camille' })).toBeVisible();
  return manager;
}

/** Profile menu → Manage my profile → Manage security: the guide's path to the recovery email. */
async function openSecurity(page: Page) {
  const manager = page.getByRole('region', { name: 'Simulated Manager' });
  await manager.getByRole('button', { name: 'Your account: Camille Morel' }).click();
  await manager.getByRole('button', { name: 'Manage my profile' }).click();
  await manager.getByRole('button', { name: 'Manage security' }).click();
  await expect(manager.getByRole('heading', { name: 'Security and recovery' })).toBeVisible();
  return manager;
}

test('the sandbox page loads the practice Manager with its banner', async ({ page }) => {
  await openSandbox(page);
  await expect(page.getByText('Practice account: nothing here touches your real account.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset the practice account' })).toBeEnabled();
});

test('a recovery email changed in the sandbox survives a reload and is gone after reset', async ({ page }) => {
  await openSandbox(page);
  let manager = await openSecurity(page);
  await expect(manager.getByTestId('recovery-email')).toHaveText('camille.morel@proton.me');
  await manager.getByRole('button', { name: 'Edit' }).click();
  await manager.getByRole('textbox', { name: 'New recovery email' }).fill('camille@practice.example');
  await manager.getByRole('button', { name: 'Save' }).click();
  await expect(manager.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(manager.getByTestId('recovery-email')).toHaveText('camille@practice.example');

  await page.reload();
  await openSandbox(page);
  manager = await openSecurity(page);
  await expect(manager.getByTestId('recovery-email')).toHaveText('camille@practice.example');

  await page.getByRole('button', { name: 'Reset the practice account' }).click();
  await expect(page.getByText('The practice account is back to how it started.')).toBeVisible();
  manager = await openSecurity(page);
  await expect(manager.getByTestId('recovery-email')).toHaveText('camille.morel@proton.me');
});

test('the backend refuses what the guides say it refuses, with the reason', async ({ page }) => {
  const manager = await openSandbox(page);
  await manager.getByRole('button', { name: 'Your account: Camille Morel' }).click();
  await manager.getByRole('button', { name: 'Manage my profile' }).click();
  await manager.getByRole('button', { name: 'Manage', exact: true }).nth(1).click();
  await manager.getByRole('button', { name: 'Leave Studio Lumen SA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave Studio Lumen SA?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await manager.getByRole('button', { name: 'Leave Studio Lumen SA' }).click();
  await dialog.getByRole('button', { name: 'Leave the organization' }).click();
  const alert = manager.getByRole('alert');
  await expect(alert).toContainText('You cannot leave Studio Lumen SA on your own');
  await expect(alert).toContainText('You are part of its kSuite.');
  await expect(alert).toContainText('Your login address is in one of its Mail Services.');
});

test('?scenario=server-error shows the error in the reader’s words', async ({ page }) => {
  await page.goto('/fr/sandbox/?scenario=server-error');
  await expect(page.getByRole('alert').first()).toContainText('Un problème est survenu de notre côté.');
});

test('a guide page requests neither the MSW bundle nor its worker', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/en/guides/recovery-email/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => /mockServiceWorker|\/_astro\/browser\./.test(path))).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
});

test('under a base path, the sandbox registers its worker inside that path', async ({ page }) => {
  // The Manager greeting Camille means /support/faq/api/ was answered by the mock.
  await openSandbox(page, 'http://127.0.0.1:4322/support/faq/en/sandbox/');
  const worker = await page.evaluate(() =>
    navigator.serviceWorker
      .getRegistrations()
      .then((list) => ({ scope: list[0]?.scope, script: list[0]?.active?.scriptURL })),
  );
  expect(worker).toEqual({
    scope: 'http://127.0.0.1:4322/support/faq/',
    script: 'http://127.0.0.1:4322/support/faq/mockServiceWorker.js',
  });
});
