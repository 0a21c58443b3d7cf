import { expect, test } from '@playwright/test';
import { wcagViolations } from '../fixtures/axe.ts';
import {
  actOnNext,
  checkOutcome,
  completeWalkthrough,
  managerOf,
  rootOf,
  translations,
} from '../fixtures/walkthroughs.ts';

const t = translations('en');
const progress = (page: import('@playwright/test').Page) => page.locator('.wt-bar__progress');

test('Show me plays the steps by itself, can be paused, and ends with the summary', async ({ page }) => {
  await page.goto('/en/guides/newsletter-subscriptions/');
  const root = rootOf(page, 'newsletter-themes');
  await root.getByRole('button', { name: 'Show me' }).click();
  // Pause in the middle of step 2, with the profile menu open: the click on Pause closes the menu,
  // so Play must prepare the step again rather than look for an item that is gone.
  await expect(page.locator('[data-walkthrough-next]')).toHaveAttribute('data-target', 'manage-my-profile', {
    timeout: 15_000,
  });
  await expect(progress(page)).toHaveText('Step 2 of 4');
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await progress(page).textContent();
  await page.waitForTimeout(2500);
  await expect(progress(page)).toHaveText(paused ?? '');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(root).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(page.locator('.wt-summary')).toContainText('Newsletter themes: Product news, Tips and tutorials →');
  await checkOutcome(page, 'newsletter-themes');
});

test('keyboard only: focus goes to each instruction, Tab reaches the control, Esc exits', async ({ page }) => {
  await page.goto('/en/guides/recovery-email/');
  const root = rootOf(page, 'recovery-email');
  await root.getByRole('button', { name: 'Try it' }).focus();
  await page.keyboard.press('Enter');
  const instruction = page.locator('.wt-bubble__text');
  for (let guard = 0; guard < 12 && (await root.getAttribute('data-state')) !== 'done'; guard++) {
    const next = page.locator('[data-walkthrough-next]');
    await expect(next).toHaveCount(1);
    const value = await next.getAttribute('data-walkthrough-value');
    if (value !== null) {
      await expect(instruction).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(next).toBeFocused();
      await page.keyboard.type(value);
      // Enter in the field saves the form: the walkthrough counts it as the Save click.
      await page.keyboard.press('Enter');
      break;
    }
    await expect(instruction).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
    const handle = await next.elementHandle();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (element) => !element?.isConnected || !element.hasAttribute('data-walkthrough-next'),
      handle,
    );
  }
  await expect(root).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('heading', { name: t('walkthrough.done.title') })).toBeFocused();
  await checkOutcome(page, 'recovery-email');
  await page.keyboard.press('Escape');
  await expect(root).toHaveAttribute('data-state', 'idle');
  await expect(page.locator('.wt-panel')).toHaveCount(0);
  await expect(root.getByRole('button', { name: 'Try it' })).toBeFocused();
});

test('a reload in the middle resumes at the same step', async ({ page }) => {
  await page.goto('/en/guides/recovery-email/');
  const root = rootOf(page, 'recovery-email');
  await root.getByRole('button', { name: 'Try it' }).click();
  for (let step = 0; step < 3; step++) await actOnNext(page);
  await expect(progress(page)).toHaveText('Step 4 of 6');
  await page.reload();
  await expect(root).toHaveAttribute('data-state', 'running');
  await expect(progress(page)).toHaveText('Step 4 of 6');
  await expect(page.locator('[data-walkthrough-next]')).toHaveAttribute('data-target', 'manage-security');
  await completeWalkthrough(page, root);
  await checkOutcome(page, 'recovery-email');
});

test('a corrupted saved progress is ignored: the page works and nothing resumes', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() =>
    localStorage.setItem('help-center:walkthrough:v1', '{"version":1,"id":"recovery-email","step":'),
  );
  await page.goto('/en/guides/recovery-email/');
  const root = rootOf(page, 'recovery-email');
  await expect(root.getByRole('button', { name: 'Try it' })).toBeVisible();
  await expect(root).toHaveAttribute('data-state', 'idle');
  await root.getByRole('button', { name: 'Try it' }).click();
  await expect(progress(page)).toHaveText('Step 1 of 6');
  expect(errors).toEqual([]);
});

test('#<id>-step-<n> opens the walkthrough at that step, with the Manager ready for it', async ({ page }) => {
  await page.goto('/en/guides/organizations/#leave-organization-step-4');
  const root = rootOf(page, 'leave-organization');
  await expect(root).toHaveAttribute('data-state', 'running');
  await expect(progress(page)).toHaveText('Step 4 of 6');
  await expect(page.locator('[data-walkthrough-next]')).toHaveAttribute('data-target', 'organizations-manage');
  await expect(root.locator('li[aria-current="step"]')).toContainText('In the My Organizations box, click Manage.');
});

test('clicking an item of the guide’s list jumps there; a wrong click gets a hint, not a dead end', async ({
  page,
}) => {
  await page.goto('/en/guides/recovery-email/');
  const root = rootOf(page, 'recovery-email');
  await root.getByRole('button', { name: 'Try it' }).click();
  await expect(progress(page)).toHaveText('Step 1 of 6');
  await root.locator('.steps li').nth(4).click();
  await expect(progress(page)).toHaveText('Step 5 of 6', { timeout: 15_000 });
  const next = page.locator('[data-walkthrough-next]');
  await expect(next).toHaveAttribute('data-target', 'recovery-email-edit');
  await managerOf(page).locator('[data-target="security-settings"]').click();
  await expect(page.locator('.wt-bubble__hint')).toHaveText(t('walkthrough.hint.elsewhere'));
  await expect(managerOf(page).getByRole('heading', { name: 'Security and recovery' })).toBeVisible();
  await actOnNext(page);
  await expect(progress(page)).toHaveText('Step 6 of 6');
  await page.getByRole('button', { name: 'Previous step' }).click();
  // Going back prepares the Manager again (fresh practice account, earlier steps replayed).
  await expect(progress(page)).toHaveText('Step 5 of 6', { timeout: 15_000 });
  await expect(next).toHaveAttribute('data-target', 'recovery-email-edit');
});

test('customizing the top left: the reader’s own choices count, the square logo skips the initials steps', async ({
  page,
}) => {
  await page.goto('/en/guides/customize-organization/');
  const root = rootOf(page, 'top-left-display');
  const manager = managerOf(page);
  await root.getByRole('button', { name: 'Try it' }).click();
  await manager.getByRole('button', { name: 'Customize' }).first().click();
  await expect(progress(page)).toHaveText('Step 2 of 5');
  // Initials are already chosen in the practice account: typing them is enough to do step 2 as well.
  await manager.getByRole('textbox', { name: 'Initials' }).fill('MA');
  await expect(progress(page)).toHaveText('Step 4 of 5');
  await manager.getByLabel('Rectangular logo').selectOption('banner.png');
  await expect(progress(page)).toHaveText('Step 5 of 5');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(progress(page)).toHaveText('Step 1 of 5', { timeout: 15_000 });

  // The other choice: a square logo alone leaves nothing but Save.
  await manager.getByRole('button', { name: 'Customize' }).first().click();
  await manager.getByRole('radio', { name: 'A square logo' }).check();
  await expect(progress(page)).toHaveText('Step 5 of 5');
  await expect(page.locator('[data-walkthrough-next]')).toHaveAttribute('data-target', 'customization-save');
  await expect(manager.getByLabel('Rectangular logo')).toBeDisabled();
  await actOnNext(page);
  await expect(root).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.wt-summary')).toContainText(
    'Top left of the Manager: initials AM → square logo (square-logo.svg)',
  );
});

for (const locale of ['en', 'fr'] as const) {
  test(`${locale}: leaving an organization can be refused, and the walkthrough shows the reason`, async ({ page }) => {
    // Two whole walkthroughs, each on a fresh practice account.
    test.slow();
    const tr = translations(locale);
    await page.goto(`/${locale}/guides/organizations/`);
    const root = rootOf(page, 'leave-organization');
    await root.getByRole('button', { name: tr('walkthrough.tryIt'), exact: true }).click();
    await completeWalkthrough(page, root);
    await page.getByRole('button', { name: tr('walkthrough.offer.leaveRefused') }).click();
    await expect(root).toHaveAttribute('data-state', 'running');
    await completeWalkthrough(page, root);
    const summary = page.locator('.wt-summary');
    await expect(summary).toContainText(tr('walkthrough.done.refusedTitle'));
    await expect(summary).toContainText(tr('sandbox.error.leave-refused', { name: 'Studio Lumen SA' }));
    await expect(summary).toContainText(tr('sandbox.orgs.reason.ksuite-member'));
    await expect(summary).toContainText(tr('sandbox.orgs.reason.mail-service-login'));
    await expect(summary).toContainText(tr('walkthrough.done.realAccount'));
  });
}

for (const locale of ['en', 'de'] as const) {
  test(`${locale}: deleting the account is refused to the only account of an organization`, async ({ page }) => {
    // Three whole walkthroughs, each on a fresh practice account.
    test.slow();
    const tr = translations(locale);
    await page.goto(`/${locale}/guides/delete-account/`);
    const root = rootOf(page, 'delete-account');
    await root.getByRole('button', { name: tr('walkthrough.tryIt'), exact: true }).click();
    await completeWalkthrough(page, root);
    await page.getByRole('button', { name: tr('walkthrough.offer.deleteRefused') }).click();
    await expect(root).toHaveAttribute('data-state', 'running');
    await completeWalkthrough(page, root);
    const summary = page.locator('.wt-summary');
    await expect(summary).toContainText(tr('walkthrough.done.refusedTitle'));
    await expect(summary).toContainText(tr('sandbox.error.only-account-of-organization', { name: 'Atelier Morel' }));
    // The practice account is still there: the Manager answers, it does not say the account was deleted.
    await expect(managerOf(page).getByText(tr('sandbox.error.account-deleted'))).toHaveCount(0);
    // And back: the offer now leads to the path that succeeds, on a practice account without the situation.
    await page.getByRole('button', { name: tr('walkthrough.offer.deleteAllowed') }).click();
    // The root says so at once (read without waiting): a check must never see the done of the path before.
    expect(await root.getAttribute('data-state')).toBe('running');
    await completeWalkthrough(page, root);
    await expect(summary).toContainText(tr('walkthrough.done.title'));
    await checkOutcome(page, 'delete-account');
  });
}

test('a guide with a walkthrough running passes axe (WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/en/guides/organizations/');
  const root = rootOf(page, 'leave-organization');
  await root.getByRole('button', { name: 'Try it' }).click();
  for (let step = 0; step < 3; step++) await actOnNext(page);
  await expect(page.locator('.wt-spotlight')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test.describe('on a 360 px wide screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the walkthrough opens full screen and can be completed', async ({ page }) => {
    await page.goto('/en/guides/recovery-email/');
    const root = rootOf(page, 'recovery-email');
    await root.getByRole('button', { name: 'Try it' }).click();
    const panel = page.locator('.wt-panel');
    await expect(panel).toBeVisible();
    expect(await panel.boundingBox()).toEqual({ x: 0, y: 0, width: 360, height: 740 });
    await completeWalkthrough(page, root);
    await checkOutcome(page, 'recovery-email');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('on a 1280 px wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('the docked walkthrough leaves the guide a readable column, its contents above the text', async ({ page }) => {
    await page.goto('/fr/guides/organizations/');
    const root = rootOf(page, 'leave-organization');
    await root.getByRole('button', { name: translations('fr')('walkthrough.tryIt'), exact: true }).click();
    const panel = await page.locator('.wt-panel').boundingBox();
    expect(panel?.x).toBeGreaterThan(400);
    const text = await page.locator('.guide__body').boundingBox();
    // Beside the panel, not under it, and wide enough for a line of text (it was 170 px).
    expect((text?.x ?? 0) + (text?.width ?? 0)).toBeLessThanOrEqual(panel?.x ?? 0);
    expect(text?.width).toBeGreaterThan(400);
    const contents = await page.locator('.guide > .toc').boundingBox();
    expect(contents?.y ?? 0).toBeLessThan(text?.y ?? 0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the steps read as a plain list and no walkthrough button shows', async ({ page }) => {
    await page.goto('/en/guides/recovery-email/');
    const root = rootOf(page, 'recovery-email');
    await expect(root.locator('.steps li')).toHaveCount(6);
    await expect(root.getByRole('button', { name: 'Try it' })).toBeHidden();
  });
});
