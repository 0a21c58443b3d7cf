import { expect, test } from '@playwright/test';

// Served from dist-base/, built with BASE_PATH=/support/faq/ (the base-path project's baseURL).
test('under a base path, the sandbox registers its worker inside that path', async ({ page, baseURL }) => {
  await page.goto('/support/faq/en/sandbox/');
  // The Manager greeting Camille means /support/faq/api/ was answered by the mock.
  const manager = page.getByRole('region', { name: 'Simulated Manager' });
  await expect(manager.getByRole('heading', { name: 'Hello Camille' })).toBeVisible();
  const worker = await page.evaluate(() =>
    navigator.serviceWorker
      .getRegistrations()
      .then((list) => ({ scope: list[0]?.scope, script: list[0]?.active?.scriptURL })),
  );
  expect(worker).toEqual({
    scope: `${baseURL}/support/faq/`,
    script: `${baseURL}/support/faq/mockServiceWorker.js`,
  });
});
