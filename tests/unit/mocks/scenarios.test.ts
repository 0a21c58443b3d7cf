import { describe, expect, test } from 'vitest';
import { retryAfterSeconds, scenarioFromSearch, scenarioHandlers } from '../../../mocks/scenarios.ts';
import { refusal } from './refusal.ts';
import { base, useSandbox } from './setup.ts';

const sandbox = useSandbox();

describe('failure scenarios', () => {
  test('server-error: 500 with its code', async () => {
    sandbox.server.use(...scenarioHandlers(base, 'server-error'));
    const error = await refusal(() => sandbox.api.getProfile());
    expect([error.status, error.code]).toEqual([500, 'server-error']);
  });

  test('rate-limited: 429 with a Retry-After header and the same delay in the body', async () => {
    sandbox.server.use(...scenarioHandlers(base, 'rate-limited'));
    const response = await fetch(`${base}profile`);
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe(String(retryAfterSeconds));
    const error = await refusal(() => sandbox.api.getProfile());
    expect(error.body?.retryAfterSeconds).toBe(retryAfterSeconds);
  });

  test('offline: a network error, reported as `network`', async () => {
    sandbox.server.use(...scenarioHandlers(base, 'offline'));
    const error = await refusal(() => sandbox.api.getOrganizations());
    expect([error.status, error.code]).toEqual([0, 'network']);
  });

  test('slow: the answer comes, late', async () => {
    sandbox.server.use(...scenarioHandlers(base, 'slow', { slowMs: 300 }));
    const started = performance.now();
    expect((await sandbox.api.getProfile()).firstName).toBe('Camille');
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
  });

  test('resetting the sandbox works in every scenario', async () => {
    sandbox.server.use(...scenarioHandlers(base, 'server-error'));
    expect(await sandbox.api.resetSandbox()).toEqual({ ok: true });
  });

  test('the scenario comes from ?scenario= and defaults to normal', () => {
    expect(scenarioFromSearch('?scenario=rate-limited')).toBe('rate-limited');
    expect(scenarioFromSearch('?scenario=chaos')).toBe('normal');
    expect(scenarioFromSearch('')).toBe('normal');
  });
});
