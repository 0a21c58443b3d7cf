import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createDemoDb, type DemoDb, memoryStorage } from '../../../mocks/db/index.ts';
import { createHandlers } from '../../../mocks/handlers/index.ts';
import { createMockServer } from '../../../mocks/node.ts';
import { createApiClient } from '../../../src/api/client.ts';

export const base = 'http://sandbox.test/api/';

/**
 * A mock backend for one test file: each test gets a fresh demo account (in memory) and a client.
 * `sandbox.db` lets a test arrange a state the seed does not have.
 */
export function useSandbox() {
  const server = createMockServer(base);
  const sandbox = { db: undefined as unknown as DemoDb, api: createApiClient(base), server };
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => {
    sandbox.db = createDemoDb(memoryStorage());
    server.resetHandlers(...createHandlers(base, { db: sandbox.db }));
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return sandbox;
}
