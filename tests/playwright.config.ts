import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { dataDirs } from './e2e/support/stored-feedback.ts';

// Debian's Chromium where it is installed (CI installs it); Playwright's own browser elsewhere.
// Its headless shell first (apt-get install chromium-headless-shell): the same Blink, without the
// desktop browser around it, which made the axe sweep 19% and the walkthroughs 10% faster here.
const systemChromium = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }
  : {};

// Other ports when several checkouts run their tests on one machine: E2E_PORT=4331 npm run test:e2e.
const port = Number(process.env.E2E_PORT ?? 4321);
const basePathPort = port + 1;

const serviceCommand = 'node --disable-warning=ExperimentalWarning tests/e2e/support/service.ts';
// Every browser of the run shares 127.0.0.1: the rate limit is tested in the service's own suite.
const serviceEnv = {
  FRESH_DATA: 'true',
  RATE_LIMIT_MAX: '1000000',
  EVENTS_RATE_LIMIT_MAX: '1000000',
  STAFF_SIGN_IN_CLIENT_MAX_FAILURES: '1000',
  DATABASE_URL: '',
};

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  // One browser per core, here and in CI (Playwright's default is half the cores).
  workers: availableParallelism(),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  use: { ...devices['Desktop Chrome'], launchOptions, trace: 'retain-on-failure' },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${basePathPort}` } },
  ],
  // Both servers are the real feedback service serving a finished build (`npm test` builds dist/
  // and dist-base/ first), each on a fresh embedded database (tests/e2e/support/service.ts).
  webServer: [
    {
      command: serviceCommand,
      cwd: '..',
      env: { ...serviceEnv, PORT: String(port), SITE_DIR: './dist', DATA_DIR: dataDirs.site },
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: serviceCommand,
      cwd: '..',
      env: {
        ...serviceEnv,
        PORT: String(basePathPort),
        BASE_PATH: '/support/faq/',
        SITE_DIR: './dist-base',
        DATA_DIR: dataDirs['base-path'],
      },
      url: `http://127.0.0.1:${basePathPort}/support/faq/en/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
