import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/i18n/t.ts';
import { fillFeedback, lead, myFeedback, strings, submit } from './feedback-helpers.ts';
import { about, expectStored, marker, planFaults } from './support/stored-feedback.ts';

// Delivery through the outbox to the real service; failures are planned on the service itself
// for this test's submission only (tests/e2e/support/service.ts).
const t = strings.en;
const sentState = new RegExp(`${lead(t['feedback.mine.sent'])} FB-[0-9A-Z]{6}`);
const typed = (subject: string) => ({
  kind: 'problem' as const,
  subject,
  message: 'My nightly backup failed three times this week.',
});

test('offline, then online: kept, then delivered once', async ({ page, context }) => {
  const subject = marker('Backups offline');
  await page.goto('/en/feedback/swiss-backup/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await context.setOffline(true);
  await fillFeedback(page, 'en', typed(subject));
  await submit(page, 'en');

  await expect(page.getByRole('status')).toHaveText(t['feedback.status.offline']);
  await expect(myFeedback(page, 'en')).toHaveText([new RegExp(subject)]);
  await expect(myFeedback(page, 'en').first()).toContainText(t['feedback.mine.waitingOffline']);
  await page.waitForTimeout(2_500); // longer than the first backoff: no timed retry while offline
  await expect(myFeedback(page, 'en').first()).toContainText(t['feedback.mine.waitingOffline']);
  expect(await expectStored(about(subject), 0)).toEqual([]);

  await context.setOffline(false);
  await expect(myFeedback(page, 'en').first()).toContainText(sentState);
  await expectStored(about(subject), 1);
  // And it stays once: no late retry adds a copy.
  await page.waitForTimeout(2_500);
  await expectStored(about(subject), 1);
});

test('500 twice, then success: the reader is told it will be sent, and it is stored once', async ({
  page,
  baseURL,
}) => {
  const subject = marker('Backups 500');
  await planFaults(baseURL as string, subject, ['server-error', 'server-error']);
  await page.goto('/en/feedback/mail/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', typed(subject));
  await submit(page, 'en');

  await expect(page.getByRole('status')).toHaveText(t['feedback.status.server']);
  await expect(myFeedback(page, 'en').first()).toContainText(t['feedback.mine.waiting']);
  // Retried with backoff (about 2 s, then 4 s) until the service accepts it.
  await expect(myFeedback(page, 'en').first()).toContainText(sentState, { timeout: 15_000 });
  const [stored] = await expectStored(about(subject), 1);
  await expect(myFeedback(page, 'en').first()).toContainText(stored?.reference ?? 'no reference');
});

test('429: the reader is told how long to wait, and it is sent after that, once', async ({ page, baseURL }) => {
  const subject = marker('Backups 429');
  await planFaults(baseURL as string, subject, ['rate-limited']);
  await page.goto('/en/feedback/kmeet/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', typed(subject));
  await submit(page, 'en');
  await expect(page.getByRole('status')).toHaveText(
    useTranslations('en')('feedback.status.rateLimited', { seconds: 3 }),
  );
  await expect(myFeedback(page, 'en').first()).toContainText(sentState, { timeout: 10_000 });
  await expectStored(about(subject), 1);
});

test('left waiting, then the next visit of any guide delivers it, once', async ({ page, baseURL }) => {
  const subject = marker('Backups next visit');
  await planFaults(baseURL as string, subject, ['unavailable']);
  await page.goto('/en/feedback/web-hosting/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', typed(subject));
  await submit(page, 'en');
  await expect(page.getByRole('status')).toHaveText(t['feedback.status.server']);
  // The reader leaves before the retry (about 2 s later) could run.
  await page.goto('/en/guides/recovery-email/');
  await expectStored(about(subject), 1);
  await page.goto('/en/feedback/');
  await expect(myFeedback(page, 'en').first()).toContainText(sentState);
  // Another visit: nothing waits, so nothing is sent again.
  await page.reload();
  await expect(myFeedback(page, 'en').first()).toContainText(sentState);
  await expectStored(about(subject), 1);
});

test('a reader who practised in the sandbox sends feedback to the service, not to the practice mock', async ({
  page,
}) => {
  const subject = marker('After practice');
  await page.goto('/en/sandbox/');
  const manager = page.getByRole('region', { name: 'Simulated Manager' });
  await expect(manager.getByRole('heading', { name: 'Hello Camille' })).toBeVisible({ timeout: 15_000 });
  // The practice Manager's worker now controls every page of the site.
  await page.goto('/en/feedback/kdrive/');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', typed(subject));
  await submit(page, 'en');
  await expect(page.getByRole('status')).toContainText(lead(t['feedback.status.sent']));
  await expectStored(about(subject), 1);
});

test('a page with nothing waiting never loads the practice mock, and feedback never does', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/feedback/kdrive/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', typed(marker('No mock')));
  await submit(page, 'en');
  await expect(page.getByRole('status')).toContainText(lead(t['feedback.status.sent']));
  await page.goto('/en/guides/recovery-email/');
  await page.getByRole('heading', { name: 'Was this guide helpful?' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Yes' })).toBeEnabled();
  expect(scripts.some((path) => /browser\.[\w-]+\.js$/.test(path))).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
});
