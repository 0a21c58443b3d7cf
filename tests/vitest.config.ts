/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const serviceTests = ['tests/service/**/*.test.ts'];

// getViteConfig gives tests the same JSX (Preact) and module resolution as the site.
// The feedback service's suite runs twice, once per database engine: the embedded one and a real
// PostgreSQL server (started by tests/service/postgres-setup.ts unless TEST_DATABASE_URL names one).
export default getViteConfig(
  {
    root,
    test: {
      root,
      environment: 'node',
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
      testTimeout: 20_000,
      projects: [
        { test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
        { test: { name: 'service:sqlite', include: serviceTests, env: { TEST_DATABASE: 'sqlite' } } },
        {
          test: {
            name: 'service:postgres',
            include: serviceTests,
            env: { TEST_DATABASE: 'postgres' },
            globalSetup: ['tests/service/postgres-setup.ts'],
          },
        },
      ],
    },
  },
  { root },
);
