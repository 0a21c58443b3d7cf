import { demoPassword, seedState } from './seed.ts';
import { type DemoState, type OrganizationRecord, stateVersion } from './state.ts';
import { defaultStorage, type KeyValueStorage, memoryStorage } from './storage.ts';

/** Where the browser keeps the demo account between visits. */
export const storageKey = 'help-center:sandbox:v1';

/** The demo account: read it, change it (saved at once), put it back to the seed. */
export interface DemoDb {
  read(): DemoState;
  /** Applies a change to the state and saves it; returns what `change` returns. */
  update<Result>(change: (state: DemoState) => Result): Result;
  reset(): void;
  currentOrganization(): OrganizationRecord;
}

/**
 * Creates the demo account over a storage (localStorage in the browser, memory in tests).
 * A saved state of another version, or unreadable, is replaced by the seed.
 */
export function createDemoDb(storage: KeyValueStorage = defaultStorage(), now: () => Date = () => new Date()): DemoDb {
  let state = load();

  function load(): DemoState {
    try {
      const saved = storage.getItem(storageKey);
      if (saved) {
        const parsed = JSON.parse(saved) as DemoState;
        if (parsed?.version === stateVersion) return parsed;
      }
    } catch {
      // A corrupt save is not worth an error: the reader gets a fresh account.
    }
    return seedState(now());
  }

  function save(): void {
    try {
      storage.setItem(storageKey, JSON.stringify(state));
    } catch {
      // Quota or privacy mode: the sandbox still works for this visit.
    }
  }

  return {
    read: () => state,
    update(change) {
      const next = structuredClone(state);
      const result = change(next);
      state = next;
      save();
      return result;
    },
    reset() {
      state = seedState(now());
      save();
    },
    currentOrganization() {
      const found = state.organizations.find((organization) => organization.id === state.currentOrganizationId);
      return found ?? (state.organizations[0] as OrganizationRecord);
    },
  };
}

export type { DemoState, KeyValueStorage, OrganizationRecord };
export { demoPassword, memoryStorage, seedState };
