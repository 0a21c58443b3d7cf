// @vitest-environment jsdom
import { beforeEach, expect, test, vi } from 'vitest';
import { progressStorageKey } from '../../../src/walkthroughs/storage-key.ts';

const progress = { version: 1, id: 'recovery-email', variant: 'main', mode: 'try', step: 4, action: 0 };

/** The store reads localStorage when its module loads: load a fresh copy after arranging storage. */
async function loadStore() {
  vi.resetModules();
  return import('../../../src/stores/walkthrough.ts');
}

beforeEach(() => localStorage.clear());

test('a saved progress is there again after a reload', async () => {
  localStorage.setItem(progressStorageKey, JSON.stringify(progress));
  const { $walkthroughProgress } = await loadStore();
  expect($walkthroughProgress.get()).toEqual(progress);
});

test('a corrupted saved progress is discarded and removed, without an error', async () => {
  localStorage.setItem(progressStorageKey, '{"version":1,"id":');
  const { $walkthroughProgress } = await loadStore();
  expect($walkthroughProgress.get()).toBeNull();
  expect(localStorage.getItem(progressStorageKey)).toBeNull();
});

// Whether a saved progress still fits its walkthrough is the runner's to decide (runner.test.ts).

test('saving null forgets the walkthrough', async () => {
  const { saveProgress } = await loadStore();
  saveProgress(progress as never);
  expect(JSON.parse(localStorage.getItem(progressStorageKey) ?? 'null')).toEqual(progress);
  saveProgress(null);
  expect(localStorage.getItem(progressStorageKey)).toBeNull();
});
