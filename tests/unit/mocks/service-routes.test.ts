import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createDemoDb, demoPassword, memoryStorage } from '../../../mocks/db/index.ts';
import { createMockServer } from '../../../mocks/node.ts';
import { scenarios } from '../../../mocks/scenarios.ts';
import { createApiClient } from '../../../src/api/client.ts';

// A real HTTP server stands for the feedback service: what reaches it went past the mock.
let network: Server;
let base: string;
let mock: ReturnType<typeof createMockServer> | undefined;

beforeAll(async () => {
  network = createServer((_request, response) => response.end('from the network'));
  await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(network.address() as AddressInfo).port}/api/`;
});
afterEach(() => mock?.close());
afterAll(() => new Promise((resolve) => network.close(resolve)));

const serviceRequests = [
  ['POST', 'feedback'],
  ['POST', 'guide-feedback'],
  ['GET', 'feedback/challenge'],
  ['GET', 'health'],
] as const;

async function bodies(): Promise<string[]> {
  return Promise.all(
    serviceRequests.map(async ([method, path]) => {
      const response = await fetch(`${base}${path}`, { method }).catch(() => undefined);
      return response ? await response.text() : 'no answer';
    }),
  );
}

describe("the practice Manager's mock and the feedback service", () => {
  test.each(scenarios)('in the %s scenario, every request to the service reaches the network', async (scenario) => {
    mock = createMockServer(base, { scenario, db: createDemoDb(memoryStorage()), slowMs: 1 });
    mock.listen({ onUnhandledFrame: 'bypass' });
    expect(await bodies()).toEqual(serviceRequests.map(() => 'from the network'));
    // The Manager's own routes stay the mock's (here, the scenario's or the account's answer).
    expect(await (await fetch(`${base}profile`).catch(() => ({ text: async () => 'no answer' }))).text()).not.toBe(
      'from the network',
    );
  });

  test('with the practice account deleted, the service still gets every request', async () => {
    const db = createDemoDb(memoryStorage());
    mock = createMockServer(base, { db });
    mock.listen({ onUnhandledFrame: 'bypass' });
    await createApiClient(base).deleteAccount({ password: demoPassword });
    expect((await fetch(`${base}profile`)).status).toBe(410);
    expect(await bodies()).toEqual(serviceRequests.map(() => 'from the network'));
  });
});
