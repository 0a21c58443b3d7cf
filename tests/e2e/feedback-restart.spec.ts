import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type ServiceProcess, startServiceProcess } from '../service/processes.ts';
import { fillFeedback, lead, myFeedback, strings, submit } from './feedback-helpers.ts';
import { about, expectStored, marker } from './support/stored-feedback.ts';

// A service of its own, so this test can stop and start it: `npm start`'s entry point itself.
test('the service restarts while a message waits in the outbox: it is delivered once, on its own', async ({
  page,
  baseURL,
}) => {
  const t = strings.en;
  const port = Number(new URL(baseURL as string).port) + 5;
  const dataDir = mkdtempSync(join(tmpdir(), 'help-center-restart-'));
  const env = { PORT: String(port), DATA_DIR: dataDir, SERVE_SITE: 'true', SITE_DIR: './dist', DATABASE_URL: '' };
  let service: ServiceProcess | undefined = await startServiceProcess(env);
  try {
    const subject = marker('During a restart');
    await page.goto(`http://127.0.0.1:${port}/en/feedback/kdrive/`);
    await expect(page.getByRole('button', { name: t['feedback.submit'] })).toBeEnabled();
    await service.stop();
    service = undefined;

    await fillFeedback(page, 'en', { kind: 'problem', subject, message: 'Sent while the service was restarting.' });
    await submit(page, 'en');
    await expect(page.getByRole('status')).toHaveText(t['feedback.status.queued']);
    await expect(myFeedback(page, 'en').first()).toContainText(t['feedback.mine.waiting']);

    service = await startServiceProcess(env);
    // The outbox's next timed retry (2 s, then 4 s…) finds the service back.
    await expect(myFeedback(page, 'en').first()).toContainText(
      new RegExp(`${lead(t['feedback.mine.sent'])} FB-[0-9A-Z]{6}`),
      { timeout: 20_000 },
    );
    const [stored] = await expectStored(about(subject), 1, dataDir);
    await expect(myFeedback(page, 'en').first()).toContainText(stored?.reference ?? 'no reference');
  } finally {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
