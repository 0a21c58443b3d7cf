import { expect, test } from '@playwright/test';
import { expectReceivedCount, fillFeedback, lead, myFeedback, strings, submit } from './feedback-helpers.ts';

const t = strings.en;
const valid = {
  kind: 'problem' as const,
  subject: 'Backups',
  message: 'My nightly backup failed three times this week.',
};
const sentState = new RegExp(`${lead(t['feedback.mine.sent'])} FB-[0-9A-Z]{6}`);

test('offline, then online: kept, then delivered once', async ({ page, context }) => {
  await page.goto('/en/feedback/swiss-backup/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await context.setOffline(true);
  await fillFeedback(page, 'en', valid);
  await submit(page, 'en');

  await expect(page.getByRole('status')).toHaveText(t['feedback.status.offline']);
  await expect(myFeedback(page, 'en')).toHaveText([/Backups/]);
  await expect(myFeedback(page, 'en').first()).toContainText(t['feedback.mine.waitingOffline']);
  // Offline, not even the mock backend could load: nothing can have been delivered.
  await page.waitForTimeout(2_500); // longer than the first backoff: no timed retry while offline
  await expect(myFeedback(page, 'en').first()).toContainText(t['feedback.mine.waitingOffline']);

  await context.setOffline(false);
  await expect(myFeedback(page, 'en').first()).toContainText(sentState);
  await expectReceivedCount(page, 1);
  // And it stays once: no late retry adds a copy.
  await page.waitForTimeout(2_500);
  await expectReceivedCount(page, 1);
});

test('500, then success: the reader is told it will be sent, and it is delivered once', async ({ page }) => {
  await page.goto('/en/feedback/mail/?feedback-failures=server-error,server-error');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', valid);
  await submit(page, 'en');

  await expect(page.getByRole('status')).toHaveText(t['feedback.status.server']);
  await expect(myFeedback(page, 'en').first()).toContainText(t['feedback.mine.waiting']);
  await expectReceivedCount(page, 0);
  // Retried with backoff (about 2 s, then 4 s) until the service accepts it.
  await expect(myFeedback(page, 'en').first()).toContainText(sentState, { timeout: 15_000 });
  await expectReceivedCount(page, 1);
});

test('429: the reader is told how long to wait, and it is sent after that, once', async ({ page }) => {
  await page.goto('/en/feedback/kmeet/?feedback-failures=rate-limited');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', valid);
  await submit(page, 'en');
  await expect(page.getByRole('status')).toHaveText(t['feedback.status.rateLimited'].replace('{seconds}', '3'));
  await expect(myFeedback(page, 'en').first()).toContainText(sentState, { timeout: 10_000 });
  await expectReceivedCount(page, 1);
});

test('reload while queued: the next visit delivers it, once', async ({ page }) => {
  // The whole mock backend unreachable for this visit.
  await page.goto('/en/feedback/web-hosting/?scenario=offline');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', valid);
  await submit(page, 'en');
  await expect(page.getByRole('status')).toHaveText(t['feedback.status.queued']);
  await expect(myFeedback(page, 'en').first()).toContainText(t['feedback.mine.waiting']);

  await page.goto('/en/feedback/web-hosting/');
  await expect(myFeedback(page, 'en').first()).toContainText(sentState);
  await expectReceivedCount(page, 1);
  // Another visit: nothing waits, so nothing is sent again (and the mock is not even started).
  await page.reload();
  await expect(myFeedback(page, 'en')).toHaveCount(1);
  await expect(myFeedback(page, 'en').first()).toContainText(sentState);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('help-center:feedback-inbox:v1') ?? '{}'));
  expect(stored.feedback).toHaveLength(1);
});

test('left waiting, then any guide page delivers it on the next visit', async ({ page }) => {
  await page.goto('/en/feedback/kdrive/?scenario=offline');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', valid);
  await submit(page, 'en');
  await expect(page.getByRole('status')).toHaveText(t['feedback.status.queued']);

  await page.goto('/en/guides/recovery-email/');
  await expectReceivedCount(page, 1);
  await page.goto('/en/feedback/');
  await expect(myFeedback(page, 'en').first()).toContainText(sentState);
});

test('a page with nothing waiting never loads the mock backend', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/feedback/kdrive/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await page.goto('/en/guides/recovery-email/');
  await page.getByRole('heading', { name: 'Was this guide helpful?' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Yes' })).toBeEnabled();
  expect(scripts.some((path) => /browser\.[\w-]+\.js$/.test(path))).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
});
