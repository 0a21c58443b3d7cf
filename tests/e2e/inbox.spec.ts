import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { wcagViolations } from '../fixtures/axe.ts';
import { fillFeedback, strings, submit } from './feedback-helpers.ts';
import { newStaff, sendFeedback, signInAt, staffCommand, staffPassword } from './support/inbox.ts';
import { marker } from './support/stored-feedback.ts';

test('a new team: add an account, a reader sends feedback, staff find it, answer it, export it', async ({
  page,
  browser,
}) => {
  // The README's command adds the account.
  const email = `lead-${Math.random().toString(36).slice(2, 8)}@example.com`;
  expect(await staffCommand(['add', email, '--services', 'kdrive', '--password-stdin'])).toContain(`Added ${email}`);

  // A reader sends feedback from the kDrive form.
  const subject = marker('Photos stop syncing');
  const reader = await browser.newPage();
  await reader.goto('/en/feedback/kdrive/');
  await expect(reader.getByRole('button', { name: 'Send feedback' })).toBeEnabled();
  await fillFeedback(reader, 'en', {
    kind: 'problem',
    subject,
    message: 'My photos folder stops syncing every night.',
  });
  await submit(reader, 'en');
  await expect(reader.getByRole('status')).toContainText('FB-');
  await reader.close();

  // Staff sign in at /inbox/, search for it, open it, mark it answered.
  await signInAt(page, '/inbox/', email);
  await page.getByRole('searchbox', { name: 'Search subject and message' }).fill(subject);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/inbox/\\?q=${encodeURIComponent(subject).replaceAll('%20', '\\+')}`));
  await expect(page.getByRole('status').filter({ hasText: /message/ })).toHaveText('1 message');
  await page.getByRole('link', { name: subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText('My photos folder stops syncing every night.')).toBeVisible();
  await page.getByRole('radio', { name: 'Answered' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'changed the status' })).toContainText(
    `${email} changed the status from New to Answered`,
  );

  // Back to the same view, then export it.
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page.getByRole('cell').getByText('Answered')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV (spreadsheet)' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'type,reference,receivedAt,service,guide,locale,kind,subject,message,email,status,reason,comment,step',
  );
  expect(csv).toContain(subject);
  expect(csv).toContain(',answered,');
});

test('a wrong password is answered in an alert that does not say which field was wrong', async ({ page }) => {
  const email = await newStaff('wrong', ['--services', 'mail']);
  await page.goto('/inbox/');
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByLabel('Password').fill('not the right one');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The email address or the password is not right. Check both and try again.',
  );
  await expect(page.getByRole('textbox', { name: 'Email address' })).toHaveValue(email);
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('signing out ends the session: the page shows the form, and the API says nobody is signed in', async ({
  page,
}) => {
  const email = await newStaff('out', ['--services', 'mail']);
  await signInAt(page, '/inbox/', email);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(async () => (await (await fetch('/api/staff/session')).json()).staff)).toBeNull();
});

test('filters live in the address; a filter for a service the person may not see shows nothing of it', async ({
  page,
  baseURL,
}) => {
  const subject = marker('Mail only');
  await sendFeedback(baseURL as string, { service: 'mail', subject, message: 'Only the Mail team should see this.' });
  const email = await newStaff('kdrive', ['--services', 'kdrive']);
  await signInAt(page, `/inbox/?service=mail&q=${encodeURIComponent(subject)}`, email);
  await expect(page.getByRole('status').filter({ hasText: /message/ })).toHaveText('0 messages');
  await expect(page.getByText(subject)).toHaveCount(0);
  await expect(page.getByText('No feedback matches these filters.')).toBeVisible();

  const mail = await newStaff('mail', ['--services', 'mail']);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAt(page, `/inbox/?service=mail&status=new&q=${encodeURIComponent(subject)}`, mail);
  await expect(page.getByRole('link', { name: subject })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('new');
  await expect(page.getByRole('link', { name: /^New/, exact: false }).first()).toHaveAttribute('aria-current', 'true');
});

test('the keyboard: j and k move, x selects, o opens; shortcuts can be turned off', async ({ page, baseURL }) => {
  const label = marker('Keyboard');
  for (const n of [1, 2, 3]) {
    await sendFeedback(baseURL as string, {
      service: 'kmeet',
      subject: `${label} ${n}`,
      message: 'A message for the keyboard test.',
    });
  }
  const email = await newStaff('keys', ['--services', 'kmeet']);
  await signInAt(page, `/inbox/?q=${encodeURIComponent(label)}`, email);
  await expect(page.getByRole('link', { name: `${label} 3` })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name: `${label} 3` })).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name: `${label} 2` })).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.getByRole('link', { name: `${label} 3` })).toBeFocused();
  await page.keyboard.press('x');
  await expect(page.getByRole('checkbox', { name: `Select ${label} 3` })).toBeChecked();
  await expect(page.getByRole('form', { name: '1 selected' })).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await help.getByRole('checkbox', { name: 'Single-key shortcuts' }).uncheck();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('Keyboard shortcuts are off.')).toBeVisible();
  await page.getByRole('link', { name: `${label} 2` }).focus();
  await page.keyboard.press('x');
  await expect(page.getByRole('checkbox', { name: `Select ${label} 2` })).not.toBeChecked();
  await page.keyboard.press('o');
  await expect(page).toHaveURL(/\/inbox\/\?q=/);

  await page.getByRole('link', { name: `${label} 2` }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `${label} 2` })).toBeVisible();
});

test('bulk: select messages and give them all one status', async ({ page, baseURL }) => {
  const label = marker('Bulk');
  for (const n of [1, 2])
    await sendFeedback(baseURL as string, {
      service: 'synology',
      subject: `${label} ${n}`,
      message: 'A message for the bulk test.',
    });
  const email = await newStaff('bulk', ['--services', 'synology']);
  await signInAt(page, `/inbox/?q=${encodeURIComponent(label)}`, email);
  await page.getByRole('checkbox', { name: 'Select every message on this page' }).check();
  const bar = page.getByRole('form', { name: '2 selected' });
  await bar.getByRole('combobox', { name: 'Set the status to' }).selectOption('closed');
  await bar.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status changed for 2 messages.' })).toBeAttached();
  await expect(page.getByRole('cell').getByText('Closed')).toHaveCount(2);
});

test('guide answers: the share of yes per guide and language, the reasons and the comments', async ({ page }) => {
  const comment = marker('Le bouton a changé');
  const t = strings.fr;
  await page.goto('/fr/guides/payment-profiles/');
  const box = page.getByRole('region', { name: t['helpful.question'] });
  await box.scrollIntoViewIfNeeded();
  await box.getByRole('button', { name: t['helpful.no'] }).click();
  await box.getByRole('radio', { name: t['helpful.reason.outdated'] }).check();
  await box.getByRole('textbox', { name: t['helpful.comment.label'] }).fill(comment);
  await box.getByRole('button', { name: t['helpful.send'] }).click();
  await expect(box.getByRole('status')).toHaveText(t['helpful.thanks']);

  const email = await newStaff('writer', ['--guides']);
  await signInAt(page, '/inbox/guides/?locale=fr', email);
  await expect(page.getByRole('heading', { level: 1, name: 'Was this guide helpful?' })).toBeVisible();
  // The inbox is in English for this person: the guide goes by its English title.
  const row = page
    .getByRole('row')
    .filter({ hasText: 'French' })
    .filter({ has: page.getByRole('button', { name: 'Add or update a payment profile' }) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).not.toHaveText('0');
  const shown = page.getByRole('listitem').filter({ hasText: comment });
  await expect(shown).toContainText('Out of date');
  await expect(shown).toContainText('No');
  // A writer reads no service's feedback: that section is not offered, the writers' two are.
  await expect(page.getByRole('navigation', { name: 'Inbox sections' }).getByRole('link')).toHaveText([
    'Guide answers',
    'Insights',
  ]);
});

test('the inbox speaks the language the person chooses, and remembers it', async ({ page }) => {
  const email = await newStaff('lang', ['--services', 'mail']);
  await signInAt(page, '/inbox/', email);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feedback');
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
});

test('the inbox is for staff only: noindex, no data in the page, out of the sitemap and the search', async ({
  page,
  request,
}) => {
  const response = await request.get('/inbox/');
  expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).not.toMatch(/FB-[0-9A-Z]{6}/);
  expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain('/inbox/');
  expect(html).not.toContain('data-pagefind-body');
  await page.goto('/inbox/');
  await expect(page.getByRole('heading', { name: 'Sign in to the inbox' })).toBeVisible();
});

test('axe finds nothing on the sign-in, the list, a message and the guide answers, light and dark', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  const checkA11y = async (_page: typeof page, where: string) => {
    for (const violation of await wcagViolations(page))
      found.push(`${where}: ${violation.rule} ${violation.nodes.join(', ')}`);
  };
  const reference = await sendFeedback(baseURL as string, {
    service: 'mail',
    subject: marker('Axe'),
    message: 'A message for the accessibility check.',
    email: 'a@example.ch',
    replyConsent: true,
  });
  const email = await newStaff('axe', ['--role', 'admin']);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.context().clearCookies();
    await page.goto('/inbox/');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await checkA11y(page, `sign-in (${colorScheme})`);
    await signInAt(page, '/inbox/', email, staffPassword);
    await expect(page.getByRole('table')).toBeVisible();
    await checkA11y(page, `list (${colorScheme})`);
    await page.goto(`/inbox/feedback/?reference=${reference}`);
    await expect(page.getByRole('heading', { name: 'Internal notes' })).toBeVisible();
    await checkA11y(page, `message (${colorScheme})`);
    await page.goto('/inbox/guides/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkA11y(page, `guide answers (${colorScheme})`);
  }
  expect(found).toEqual([]);
});

test('at 360 px the list and a message fit without scrolling sideways', async ({ page, baseURL }) => {
  const reference = await sendFeedback(baseURL as string, {
    service: 'mail',
    subject: marker(`Narrow%3Cscript%3E${'unbroken'.repeat(8)}`),
    message: `A very long word: ${'Donaudampfschifffahrtsgesellschaft'.repeat(4)} and a link https://example.com/${'x'.repeat(120)}`,
  });
  await page.setViewportSize({ width: 360, height: 800 });
  const email = await newStaff('narrow', ['--role', 'admin']);
  await signInAt(page, `/inbox/?service=mail`, email);
  await expect(page.getByRole('table')).toBeVisible();
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto(`/inbox/feedback/?reference=${reference}`);
  await expect(page.getByRole('heading', { name: 'Internal notes' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
