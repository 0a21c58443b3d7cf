import { expect, test } from '@playwright/test';
import { fillFeedback, lead, strings, submit } from './feedback-helpers.ts';

// Runs in the base-path project (the site built under /support/faq/): the form's API, the MSW
// worker and its scope all stay under the base path.
test('under a base path, feedback is delivered once to the API under that path', async ({ page }) => {
  const t = strings.en;
  await page.goto('/support/faq/en/feedback/kdrive/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', {
    kind: 'praise',
    subject: 'Fast uploads',
    message: 'Uploading large folders got much faster.',
  });
  await submit(page, 'en');
  await expect(page.getByRole('status')).toContainText(lead(t['feedback.status.sent']));
  const count = () =>
    page.evaluate(async () => {
      const response = await fetch('/support/faq/api/feedback');
      return response.ok ? ((await response.json()) as { received: unknown[] }).received.length : undefined;
    });
  await expect.poll(count).toBe(1);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(new URL(scope ?? 'http://x/').pathname).toBe('/support/faq/');
});
