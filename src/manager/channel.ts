import type { ClientErrorCode } from '../api/client-error.ts';
import type { RouteName } from '../api/routes.ts';

/** A control of the Manager as a walkthrough sees it: its target id and its attributes, read when it was used. */
export interface UsedControl {
  target: string | null;
  attributes: Readonly<Record<string, string>>;
}

/**
 * What the simulated Manager tells whoever watches it (a walkthrough) about what just happened, so
 * the watcher never has to read the Manager's markup, classes or on-screen messages.
 */
export type ManagerEvent =
  /** A new Manager is on screen (its first render is done; its screens may still be loading). */
  | { type: 'mounted' }
  /**
   * The reader pressed a control (`field`: clicked into a text field or a select, which only
   * focuses it). Reported before the control reacts: `stop()` keeps the control from reacting.
   */
  | { type: 'control-activated'; control: UsedControl; field: boolean; stop: () => void }
  /** The reader typed into a field (`committed`: a change event, e.g. a pick in a select, a date). */
  | { type: 'field-edited'; control: UsedControl; value: string; committed: boolean }
  /** A menu or a dialog opened or closed. */
  | { type: 'panel-opened' | 'panel-closed'; panel: 'menu' | 'dialog' }
  /** A call that changes the account left (reads are not reported). */
  | { type: 'call-started'; route: RouteName }
  | { type: 'call-succeeded'; route: RouteName }
  /** The API refused the call: its error code, and what the Manager tells the reader, line by line. */
  | { type: 'call-refused'; route: RouteName; code: ClientErrorCode; message: readonly string[] };

export interface ManagerChannel {
  report(event: ManagerEvent): void;
  /** Calls `listener` for every event from now on; returns the way to stop. */
  listen(listener: (event: ManagerEvent) => void): () => void;
}

/** A channel for one Manager and one watcher. Listeners run synchronously, in the order they listened. */
export function createManagerChannel(): ManagerChannel {
  const listeners = new Set<(event: ManagerEvent) => void>();
  return {
    report(event) {
      for (const listener of [...listeners]) listener(event);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The channel of a Manager nobody watches (the sandbox page). */
export const unwatched: ManagerChannel = { report: () => {}, listen: () => () => {} };
