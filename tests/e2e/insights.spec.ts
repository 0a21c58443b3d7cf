import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, test } from '@playwright/test';
import { actOnNext, completeWalkthrough, managerOf, rootOf } from '../fixtures/walkthroughs.ts';
import { type ServiceProcess, startServiceProcess } from '../service/processes.ts';
import { signInAt, staffCommand } from './support/inbox.ts';

// A service of its own: other tests browse the site too, and their events would change the counts.
// One service for the file, on one port: its tests run one after the other in one worker.
test.describe.configure({ mode: 'serial' });

let service: ServiceProcess;
let dataDir: string;
let origin: string;

test.beforeAll(async () => {
  const port = Number(process.env.E2E_PORT ?? 4321) + 6;
  dataDir = mkdtempSync(join(tmpdir(), 'help-center-insights-'));
  service = await startServiceProcess({
    PORT: String(port),
    DATA_DIR: dataDir,
    SERVE_SITE: 'true',
    SITE_DIR: './dist',
    DATABASE_URL: '',
  });
  origin = `http://127.0.0.1:${port}`;
});
test.afterAll(async () => {
  await service?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** How many events the service holds, of a kind or of all (read from its database, as it stores them). */
async function storedEvents(kind?: string): Promise<number> {
  const { DatabaseSync } = await import('node:sqlite');
  const database = new DatabaseSync(join(dataDir, 'feedback.sqlite'), { readOnly: true });
  try {
    const row = (
      kind
        ? database.prepare('select count(*) as count from insight_event where kind = ?').get(kind)
        : database.prepare('select count(*) as count from insight_event').get()
    ) as { count: number };
    return Number(row.count);
  } finally {
    database.close();
  }
}

/** Waits until the service holds this many events of a kind (pages send them in batches). */
async function eventsArrived(kind: string, count: number) {
  await expect.poll(() => storedEvents(kind), { timeout: 15_000 }).toBe(count);
}

async function reader(browser: Browser) {
  const context = await browser.newContext({ baseURL: origin });
  return { context, page: await context.newPage() };
}

test('three readers, then a writer sees each of them in the right place, with the right counts', async ({
  browser,
  page,
}) => {
  test.slow();
  // One searches for something no guide has, and leaves.
  const first = await reader(browser);
  await first.page.goto('/en/guides/recovery-email/');
  await first.page.keyboard.press('/');
  await first.page.getByRole('combobox', { name: 'Search the guides' }).fill('zzqx qqvv');
  await expect(first.page.getByRole('status').filter({ hasText: 'No guide matches' })).toHaveText(
    'No guide matches “zzqx qqvv”.',
  );
  await first.page.keyboard.press('Escape');
  await first.page.goto('/en/');
  await eventsArrived('search', 1);
  await first.context.close();

  // One completes the end-session walkthrough.
  const second = await reader(browser);
  await second.page.goto('/en/guides/account-activity/');
  const finished = rootOf(second.page, 'end-session');
  await finished.getByRole('button', { name: 'Try it', exact: true }).click();
  await completeWalkthrough(second.page, finished);
  await eventsArrived('wt-finish', 1);
  await second.page.goto('/en/');
  await second.context.close();

  // One gives up at step 3, after two clicks on the wrong tab.
  const third = await reader(browser);
  await third.page.goto('/en/guides/account-activity/');
  const abandoned = rootOf(third.page, 'end-session');
  await abandoned.getByRole('button', { name: 'Try it', exact: true }).click();
  await actOnNext(third.page);
  await actOnNext(third.page);
  await expect(third.page.locator('.wt-bar__progress')).toContainText('3');
  const wrongTab = managerOf(third.page).locator('[data-target="account-activities-tab"]');
  await wrongTab.click();
  await expect(
    third.page.getByText('Not quite: the highlighted control is the one for this step.').first(),
  ).toBeVisible();
  await wrongTab.click();
  // Sent while the page lives (leaving a page the practice worker controls can lose a beacon).
  await eventsArrived('wt-wrong', 2);
  await third.page.goto('/en/');
  await third.context.close();

  // The writer.
  const email = `writer-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await staffCommand(['add', email, '--guides', '--password-stdin'], undefined, dataDir);
  await signInAt(page, `${origin}/inbox/`, email);
  await page.goto(`${origin}/inbox/insights/?days=7&locale=en`);
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();

  // The search that found nothing, once, in the list of searches with no result and in what to fix.
  const noResult = page.getByRole('heading', { name: 'Searches with no result' }).locator('xpath=..');
  await expect(noResult.getByRole('row').filter({ hasText: 'zzqx qqvv' })).toContainText(/English\s*1/);
  const fix = page.getByRole('region', { name: 'What to fix next' });
  await expect(fix.getByRole('listitem').filter({ hasText: 'The search “zzqx qqvv” found nothing' })).toContainText(
    '1 reader',
  );
  // It offers to make the words a search term of a guide, with the file to edit.
  const offer = fix.getByRole('listitem').filter({ hasText: 'The search “zzqx qqvv” found nothing' });
  await offer.getByRole('combobox', { name: 'Add as a search term of' }).selectOption('recovery-email');
  await expect(offer.getByRole('status')).toContainText(
    'In content/guides/en/recovery-email.mdx, add this line under searchTerms:',
  );
  await expect(offer.getByRole('status')).toContainText('- "zzqx qqvv"');
  await expect(noResult.getByRole('link', { name: 'zzqx qqvv' })).toHaveAttribute('href', '/en/search/?q=zzqx%20qqvv');

  // The walkthrough: two starts, one finish; step 3 reached twice, with the two wrong clicks there.
  const funnel = page.getByRole('figure').filter({ hasText: 'walkthrough end-session' });
  await expect(funnel).toContainText('2 started, 1 finished, 0 took the refusal path.');
  await funnel.getByText('The same figures as a table').click();
  const rows = funnel.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText(/\b2\s*0\s*0$/);
  await expect(rows.nth(3)).toContainText(/\b2\s*2\s*0$/);
  await expect(rows.last()).toContainText(/Finished\s*1/);
  // The step's own sentence, from the English guide.
  await expect(funnel.getByRole('row').nth(3).getByRole('rowheader')).toContainText('3.');

  // The guides table counts the views (the three readers opened two guides).
  const guides = page.getByRole('region', { name: 'Guides' });
  await expect(guides.getByRole('row').filter({ hasText: 'English' }).first()).toBeVisible();
});

test('with Global Privacy Control on, not a single event request leaves the browser', async ({ browser }) => {
  const before = await storedEvents();
  const context = await browser.newContext({ baseURL: origin });
  await context.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  );
  const page = await context.newPage();
  const events: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/api/events')) events.push(request.url());
  });
  await page.goto('/en/guides/account-activity/');
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the guides' }).fill('zzqx private');
  await page.keyboard.press('Escape');
  const root = rootOf(page, 'end-session');
  await root.getByRole('button', { name: 'Try it', exact: true }).click();
  await actOnNext(page);
  // Longer than the beacon's two seconds: anything it would send has been sent by now.
  await page.waitForTimeout(2500);
  await page.goto('/en/');
  await context.close();
  expect(events).toEqual([]);
  // Beacons do not always show as requests to the test: the service's own count says for sure.
  expect(await storedEvents()).toBe(before);
});
