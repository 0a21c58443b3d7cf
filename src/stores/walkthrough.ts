import { persistentAtom } from '@nanostores/persistent';
import type { Progress } from '../walkthroughs/engine.ts';
import { progressStorageKey } from '../walkthroughs/storage-key.ts';

/** Reads a saved progress from its JSON text; broken JSON is nothing saved. */
function decode(raw: string | undefined): unknown {
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * The running walkthrough and where the reader is in it; it survives a reload. What was saved is
 * only read here: the runner checks it against its walkthrough (restoreProgress) before using it.
 */
export const $walkthroughProgress = persistentAtom<unknown>(progressStorageKey, null, {
  encode: (progress) => (progress ? JSON.stringify(progress) : undefined),
  decode,
  listen: false,
});

// A saved value that is not even JSON is removed, so it is not read again on every page.
if ($walkthroughProgress.get() === null) $walkthroughProgress.set(null);

/** Records where the reader is (null: no walkthrough running). */
export function saveProgress(progress: Progress | null): void {
  $walkthroughProgress.set(progress);
}
