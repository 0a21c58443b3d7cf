/**
 * A look into the feedback outbox that loads nothing else: guide pages call it on every visit, and
 * only when something waits do they load the delivery code (and, for the sandbox, MSW).
 */

/** The localStorage key of the outbox. */
export const outboxStorageKey = 'help-center:feedback-outbox:v1';

/** True when a submission on this device still waits to be sent. */
export function hasWaitingSubmissions(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): boolean {
  try {
    const entries = JSON.parse(storage?.getItem(outboxStorageKey) ?? '[]') as Array<{ state?: string }>;
    return Array.isArray(entries) && entries.some((entry) => entry?.state === 'waiting');
  } catch {
    return false;
  }
}
