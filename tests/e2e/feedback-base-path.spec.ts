import { expect, test } from '@playwright/test';
import { fillFeedback, lead, strings, submit } from './feedback-helpers.ts';
import { about, dataDirs, expectStored, marker } from './support/stored-feedback.ts';

// Runs in the base-path project (the site built under /support/faq/): the form posts to the API
// under that path, which the service answers there.
test('under a base path, feedback is stored once by the service under that path', async ({ page }) => {
  const t = strings.en;
  const subject = marker('Fast uploads');
  const posted: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posted.push(new URL(request.url()).pathname);
  });
  await page.goto('/support/faq/en/feedback/kdrive/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'en', { kind: 'praise', subject, message: 'Uploading large folders got much faster.' });
  await submit(page, 'en');
  await expect(page.getByRole('status')).toContainText(lead(t['feedback.status.sent']));
  expect(posted).toEqual(['/support/faq/api/feedback']);
  const [stored] = await expectStored(about(subject), 1, dataDirs['base-path']);
  expect(stored).toMatchObject({ service: 'kdrive', kind: 'praise' });
});
