import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (CI installs it); Playwright's own browser elsewhere.
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }
  : {};

// Other ports when several checkouts run their tests on one machine: E2E_PORT=4331 npm run test:e2e.
const port = Number(process.env.E2E_PORT ?? 4321);
const basePathPort = port + 1;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  use: { ...devices['Desktop Chrome'], launchOptions, trace: 'retain-on-failure' },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${basePathPort}` } },
  ],
  // Both servers serve a finished build (`npm test` builds dist/ and dist-base/ first).
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${basePathPort}`,
      cwd: '..',
      env: { BASE_PATH: '/support/faq/', OUT_DIR: './dist-base' },
      url: `http://127.0.0.1:${basePathPort}/support/faq/en/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
