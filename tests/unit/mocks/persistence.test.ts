import { describe, expect, test } from 'vitest';
import { createDemoDb, memoryStorage, seedState, storageKey } from '../../../mocks/db/index.ts';

describe('the demo account', () => {
  test('survives a reload: a new db over the same storage reads the change', () => {
    const storage = memoryStorage();
    createDemoDb(storage).update((state) => {
      state.user.recoveryEmail = 'new@example.org';
    });
    expect(createDemoDb(storage).read().user.recoveryEmail).toBe('new@example.org');
  });

  test('reset puts the seed back, also for the next reload', () => {
    const storage = memoryStorage();
    const db = createDemoDb(storage);
    db.update((state) => {
      state.user.recoveryEmail = 'new@example.org';
    });
    db.reset();
    expect(db.read().user.recoveryEmail).toBe('camille.morel@proton.me');
    expect(createDemoDb(storage).read().user.recoveryEmail).toBe('camille.morel@proton.me');
  });

  test('a corrupt or outdated save is replaced by the seed', () => {
    const storage = memoryStorage();
    storage.setItem(storageKey, '{not json');
    expect(createDemoDb(storage).read().user.firstName).toBe('Camille');
    storage.setItem(storageKey, JSON.stringify({ version: 0 }));
    expect(createDemoDb(storage).read().organizations).toHaveLength(3);
  });

  test('a failed change leaves the state as it was', () => {
    const db = createDemoDb(memoryStorage());
    expect(() =>
      db.update((state) => {
        state.user.firstName = 'Half-done';
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(db.read().user.firstName).toBe('Camille');
  });

  test('the seed covers a month of activity and every organization rule', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const state = seedState(now);
    const oldest = state.activities.at(-1)?.at as string;
    expect(now.getTime() - Date.parse(oldest)).toBeGreaterThan(25 * 24 * 3_600_000);
    const [owner, member, free] = state.organizations;
    expect(owner?.isLastOwner).toBe(true);
    expect(member?.isKSuiteMember && member.loginInMailService).toBe(true);
    expect(free?.role).toBe('collaborator');
  });
});
