import { expect, test } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { fillFeedback, lead, myFeedback, strings, submit } from './feedback-helpers.ts';
import { about, expectStored, marker } from './support/stored-feedback.ts';

const perLocale: Array<[Locale, string, string]> = [
  ['en', 'kdrive', 'Let me choose when a shared link expires, please.'],
  ['fr', 'domain-names', 'J’aimerais pouvoir renouveler plusieurs domaines en une fois.'],
  ['de', 'mail', 'Die Suche im Posteingang dauert manchmal über zehn Sekunden.'],
  ['it', 'kmeet', 'Le riunioni funzionano benissimo anche dal telefono, grazie!'],
  ['es', 'swiss-backup', 'Me gustaría recibir un aviso cuando falle una copia de seguridad.'],
];

for (const [locale, service, message] of perLocale) {
  test(`${locale}: a valid submission for ${service} is stored by the service exactly once`, async ({ page }) => {
    const t = strings[locale];
    const subject = marker(`${locale} subject`);
    await page.goto(`/${locale}/feedback/${service}/`);
    await expect(page.locator(`form[data-feedback-form="${service}"]`)).toBeVisible();
    await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
    await fillFeedback(page, locale, { kind: 'suggestion', subject, message });
    await submit(page, locale);

    const status = page.getByRole('status').filter({ hasText: lead(t['feedback.status.sent']) });
    await expect(status).toContainText(/[A-Z]{2}-[0-9A-Z]{6}/);
    const reference = (await status.textContent())?.match(/FB-[0-9A-Z]{6}/)?.[0];
    // In the team's export (`npm run feedback -- export`), once, with the reference the reader got.
    const [stored] = await expectStored(about(subject), 1);
    expect(stored).toMatchObject({ reference, service, locale, kind: 'suggestion', subject, message, status: 'new' });
    // The reader's own list says it went, with the same reference.
    await expect(myFeedback(page, locale).first()).toContainText(`${lead(t['feedback.mine.sent'])} ${reference}`);
    // The form is empty again, ready for another message.
    await expect(page.getByRole('textbox', { name: t['feedback.message.label'] })).toHaveValue('');
  });
}

test('an invalid submission shows the summary and inline errors, and keeps the text', async ({ page }) => {
  const t = strings.fr;
  await page.goto('/fr/feedback/kdrive/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'fr', { subject: '', message: 'Trop court', email: 'pas-une-adresse' });
  await submit(page, 'fr');

  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading')).toHaveText(t['feedback.errorSummary.title']);
  const expected = [
    t['feedback.error.kind.invalid-kind'],
    t['feedback.error.subject.required'],
    useTranslations('fr')('feedback.error.message.too-short', { min: 20 }),
    t['feedback.error.email.invalid-email'],
  ];
  await expect(summary.getByRole('link')).toHaveText(expected);
  await expect(summary).toBeFocused();

  const message = page.getByRole('textbox', { name: t['feedback.message.label'] });
  await expect(message).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: t['feedback.subject.label'] })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByRole('textbox', { name: t['feedback.email.label'] })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('radio', { name: t['feedback.kind.problem'] })).toHaveAttribute('aria-invalid', 'true');
  // Inline, next to the field, in the reader's language.
  await expect(page.locator('.fb-error')).toHaveText(expected);
  await expect(message).toHaveValue('Trop court');

  // Each link of the summary takes the reader to its field.
  await summary.getByRole('link', { name: expected[2] }).click();
  await expect(message).toBeFocused();

  // Nothing was sent, nothing waits.
  await expect(myFeedback(page, 'fr')).toHaveCount(0);
});

test('the draft survives closing the tab and coming back', async ({ page, context }) => {
  const t = strings.de;
  await page.goto('/de/feedback/kdrive/');
  await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await fillFeedback(page, 'de', {
    kind: 'problem',
    subject: 'Synchronisierung',
    message: 'Halb geschrieben, noch nicht',
  });
  await page.close();

  const again = await context.newPage();
  await again.goto('/de/feedback/kdrive/');
  await expect(again.getByRole('textbox', { name: t['feedback.message.label'] })).toHaveValue(
    'Halb geschrieben, noch nicht',
  );
  await expect(again.getByRole('textbox', { name: t['feedback.subject.label'] })).toHaveValue('Synchronisierung');
  await expect(again.getByRole('radio', { name: t['feedback.kind.problem'] })).toBeChecked();
  // Another service's form has its own draft.
  await again.goto('/de/feedback/mail/');
  await expect(again.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
  await expect(again.getByRole('textbox', { name: t['feedback.message.label'] })).toHaveValue('');
});

test('the live counter counts what the reader types, emoji as one', async ({ page }) => {
  await page.goto('/en/feedback/kdrive/');
  const message = page.getByRole('textbox', { name: 'Your message' });
  await expect(message).toBeEnabled();
  await message.fill('Hello 👋🏽');
  await expect(page.locator('.fb-counter')).toHaveText('8 of 5,000 characters');
});

test('a script typed in the form is shown back as text, never run', async ({ page }) => {
  const subject = '<b>bold</b> \u202Egnp.exe';
  const message = marker('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> is what I typed');
  await page.goto('/en/feedback/web-hosting/');
  await expect(page.getByRole('button', { name: 'Send feedback' })).toBeEnabled();
  await fillFeedback(page, 'en', { kind: 'problem', subject, message });
  await submit(page, 'en');
  const [stored] = await expectStored(about(message), 1);

  const item = myFeedback(page, 'en').first();
  await expect(item).toContainText(message);
  await expect(item).toContainText('<b>bold</b>');
  await expect(item.locator('b, img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(stored).toMatchObject({ subject, message });
});

test('without JavaScript the form says it needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/it/feedback/kdrive/');
  // Playwright's text locators skip <noscript>; the paragraph inside it is what the reader sees.
  await expect(page.locator('noscript p')).toHaveText(strings.it['feedback.form.noscript']);
  await expect(page.locator('noscript p')).toBeVisible();
  await expect(page.getByRole('button', { name: strings.it['feedback.submit'] })).toBeDisabled();
  await context.close();
});

test('axe finds no accessibility violation on the form, with its errors shown, in both themes', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/en/feedback/kdrive/');
    await expect(page.getByRole('button', { name: 'Send feedback' })).toBeEnabled();
    await submit(page, 'en');
    await expect(page.getByRole('alert')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
  }
});
