import { persistentAtom } from '@nanostores/persistent';
import { decodeProgress, type Progress } from '../walkthroughs/engine.ts';
import { findWalkthrough } from '../walkthroughs/index.ts';
import { progressStorageKey } from '../walkthroughs/storage-key.ts';

/**
 * The running walkthrough and where the reader is in it; it survives a reload. A saved value that
 * is unreadable or no longer fits its script decodes to null (see restoreProgress).
 */
export const $walkthroughProgress = persistentAtom<Progress | null>(progressStorageKey, null, {
  encode: (progress) => (progress ? JSON.stringify(progress) : undefined),
  decode: (raw) => decodeProgress(raw, findWalkthrough),
  listen: false,
});

// A saved value that decoded to nothing is removed, so it is not read again on every page.
if ($walkthroughProgress.get() === null) $walkthroughProgress.set(null);

/** Records where the reader is (null: no walkthrough running). */
export function saveProgress(progress: Progress | null): void {
  $walkthroughProgress.set(progress);
}
