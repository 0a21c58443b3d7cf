import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Screenshot baselines of the page types. Kept out of `npm test`: fonts and anti-aliasing differ
// between machines. Run `npm run test:visual` after `npm run build`; to accept a change on purpose,
// `npm run test:visual -- --update-snapshots` and review the PNGs in the diff.
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }
  : {};

const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: './visual',
  outputDir: '../test-results/visual',
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  fullyParallel: true,
  retries: 0,
  reporter: [['list']],
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' } },
  use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
  },
});
