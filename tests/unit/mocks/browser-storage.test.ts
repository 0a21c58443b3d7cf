// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { createDemoDb, storageKey } from '../../../mocks/db/index.ts';

test('in a browser the demo account is kept in localStorage', () => {
  localStorage.clear();
  createDemoDb().update((state) => {
    state.newsletter = ['events'];
  });
  expect(JSON.parse(localStorage.getItem(storageKey) ?? '{}').newsletter).toEqual(['events']);
  expect(createDemoDb().read().newsletter).toEqual(['events']);
});
