import { expect, test } from '@playwright/test';
import { strings } from './feedback-helpers.ts';
import { expectStored, marker } from './support/stored-feedback.ts';

test('"Was this guide helpful?" no, with a reason and a comment, reaches the service once', async ({ page }) => {
  const t = strings.fr;
  await page.goto('/fr/guides/recovery-email/');
  const box = page.getByRole('region', { name: t['helpful.question'] });
  await box.scrollIntoViewIfNeeded();
  await box.getByRole('button', { name: t['helpful.no'] }).click();
  // The pressed button gives way to the reasons: focus goes to the first one, not to the top of the page.
  await expect(box.getByRole('radio', { name: t['helpful.reason.missing-step'] })).toBeFocused();

  // Sending without a reason: the summary and the inline error say what to choose.
  await box.getByRole('button', { name: t['helpful.send'] }).click();
  await expect(box.getByRole('alert').getByRole('link')).toHaveText([t['helpful.error.reason.required']]);
  await expect(box.getByRole('radio', { name: t['helpful.reason.outdated'] })).toHaveAttribute('aria-invalid', 'true');

  const comment = marker('<i>Le bouton</i> a changé de nom');
  await box.getByRole('radio', { name: t['helpful.reason.outdated'] }).check();
  await box.getByRole('textbox', { name: t['helpful.comment.label'] }).fill(comment);
  await box.getByRole('button', { name: t['helpful.send'] }).click();
  await expect(box.getByRole('status')).toHaveText(t['helpful.thanks']);

  const [stored] = await expectStored((record) => record.type === 'guide-answer' && record.comment === comment, 1);
  expect(stored).toMatchObject({
    type: 'guide-answer',
    guide: 'recovery-email',
    locale: 'fr',
    kind: 'not-helpful',
    reason: 'outdated',
    comment,
    step: null,
  });
});

test('"Was this guide helpful?" yes is sent at once', async ({ page }) => {
  const t = strings.es;
  const startedAt = new Date().toISOString();
  await page.goto('/es/guides/organizations/');
  const box = page.getByRole('region', { name: t['helpful.question'] });
  await box.scrollIntoViewIfNeeded();
  // From the keyboard: the question is plain HTML, its buttons work once the page's script runs.
  await box.getByRole('button', { name: t['helpful.yes'] }).focus();
  await page.keyboard.press('Enter');
  await expect(box.getByRole('status')).toHaveText(t['helpful.thanks']);
  await expect(box.getByRole('heading', { name: t['helpful.question'] })).toBeFocused();
  // No other test answers about this guide in Spanish.
  const [stored] = await expectStored(
    (record) =>
      record.type === 'guide-answer' &&
      record.guide === 'organizations' &&
      record.locale === 'es' &&
      record.receivedAt >= startedAt,
    1,
  );
  expect(stored).toMatchObject({ kind: 'helpful', reason: null, comment: null });
});

test('with JavaScript off, the guide says the question needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/de/guides/organizations/');
  // Playwright's text locators skip <noscript>; the paragraph inside it is what the reader sees.
  const note = page.locator('noscript p');
  await expect(note).toBeVisible();
  await expect(note).toContainText(strings.de['helpful.noscript']);
  await expect(page.getByRole('button', { name: strings.de['helpful.yes'] })).toBeDisabled();
  await context.close();
});

test('the give-feedback guide links every service to its form in the page language', async ({ page }) => {
  await page.goto('/de/guides/give-feedback/');
  const links = page.locator('.service-list a');
  await expect(links).toHaveCount(18);
  await page.getByRole('link', { name: 'Domainnamen' }).click();
  await expect(page).toHaveURL(/\/de\/feedback\/domain-names\/$/);
  await expect(page.locator('form[data-feedback-form="domain-names"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feedback zu Domainnamen');
});

test('the feedback page lists the eighteen services with a description, in each language', async ({ page }) => {
  await page.goto('/it/feedback/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings.it['feedback.list.title']);
  await expect(page.locator('.service-list li')).toHaveCount(18);
  await expect(page.locator('.service-list li').first()).toContainText(
    strings.it['feedback.service.domain-names.description'],
  );
});

test('?suggest= from the search fills a suggestion for a missing guide', async ({ page }) => {
  await page.goto(`/en/feedback/?suggest=${encodeURIComponent('wifi <printer>')}`);
  const form = page.locator('form[data-feedback-form="help-center"]');
  await expect(form.getByRole('textbox', { name: 'Subject' })).toHaveValue('A guide about “wifi <printer>”');
  await expect(form.getByRole('radio', { name: 'A suggestion' })).toBeChecked();
  await expect(form.getByRole('textbox', { name: 'Your message' })).toBeFocused();
});
