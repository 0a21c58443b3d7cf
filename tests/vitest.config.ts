/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// getViteConfig gives tests the same JSX (Preact) and module resolution as the site.
export default getViteConfig(
  {
    root,
    test: {
      root,
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
      testTimeout: 20_000,
    },
  },
  { root },
);
