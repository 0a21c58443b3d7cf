import { expect } from '@playwright/test';
import { checkOutcome, completeWalkthrough, rootOf, translations, walkthroughCases } from '../fixtures/walkthroughs.ts';
import { tabPerWorker } from '../fixtures/worker-tab.ts';

// What is tested here is that each one can be completed: no smooth scrolling to wait for, and the
// reader leaves each field with Tab (the pause after typing and the motion are tested in
// walkthrough-behaviour.spec.ts). One tab per worker, emptied after each test: each walkthrough
// starts on a new practice account, and the sandbox's service worker is installed once.
const test = tabPerWorker({ reducedMotion: 'reduce' });
test.describe('every walkthrough can be completed in Try it mode, in every locale', () => {
  for (const { locale, slug, id, steps } of walkthroughCases()) {
    test(`${locale}/${slug}: ${id}`, async ({ tab: page }) => {
      const t = translations(locale);
      await page.goto(`/${locale}/guides/${slug}/`);
      const root = rootOf(page, id);
      await expect(root).toHaveAttribute('data-state', 'idle');
      await root.getByRole('button', { name: t('walkthrough.tryIt'), exact: true }).click();
      await expect(root).toHaveAttribute('data-state', 'running');
      await expect(page.locator('.wt-bar__progress')).toHaveText(
        t('walkthrough.progress', { current: 1, total: steps }),
      );

      await completeWalkthrough(page, root, 'tab');

      await expect(root).toHaveAttribute('data-state', 'done');
      const summary = page.locator('.wt-summary');
      await expect(summary).toContainText(t('walkthrough.done.realAccount'));
      await expect(summary.getByRole('button', { name: t('walkthrough.done.helpful') })).toBeVisible();
      await checkOutcome(page, id);
    });
  }
});
