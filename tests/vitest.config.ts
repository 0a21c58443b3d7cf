/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
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
      // Vitest's default is one worker fewer than the cores: on 2 cores every file ran one after
      // another. Each service test has its own database (a folder, or a PostgreSQL database).
      maxWorkers: availableParallelism(),
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
