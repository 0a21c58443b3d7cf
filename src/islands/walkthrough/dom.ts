import { typedValue } from '../../walkthroughs/engine.ts';
import type { Action, TargetRef } from '../../walkthroughs/script.ts';

/** The attribute the contract puts on the one element to act on next. */
export const nextAttribute = 'data-walkthrough-next';
export const valueAttribute = 'data-walkthrough-value';

/** The Manager's control a reference names (the first visible one when several match). */
export function findTarget(container: ParentNode, ref: TargetRef): HTMLElement | null {
  const candidates = [...container.querySelectorAll<HTMLElement>(`[data-target="${ref.target}"]`)];
  return (
    candidates.find(
      (element) =>
        Object.entries(ref.where ?? {}).every(([name, value]) => element.getAttribute(name) === value) &&
        element.getClientRects().length > 0,
    ) ?? null
  );
}

/**
 * Calls `onChange` with the control a reference names now, and again whenever the Manager's DOM
 * changes (it loads its data asynchronously). Returns the way to stop watching.
 */
export function watchTarget(container: HTMLElement, ref: TargetRef, onChange: (element: HTMLElement | null) => void) {
  const look = () => onChange(findTarget(container, ref));
  const observer = new MutationObserver(look);
  observer.observe(container, { childList: true, subtree: true, attributes: true });
  look();
  return () => observer.disconnect();
}

/** The control once it is there and enabled, or null when it has not come by the deadline. */
export function waitForTarget(container: HTMLElement, ref: TargetRef, deadlineMs: number): Promise<HTMLElement | null> {
  const usable = () => {
    const element = findTarget(container, ref);
    return element && !(element as HTMLButtonElement).disabled ? element : null;
  };
  return new Promise((resolve) => {
    const now = usable();
    if (now) return resolve(now);
    const finish = (element: HTMLElement | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(element);
    };
    const observer = new MutationObserver(() => {
      const element = usable();
      if (element) finish(element);
    });
    const timer = setTimeout(() => finish(null), deadlineMs);
    observer.observe(container, { childList: true, subtree: true, attributes: true });
  });
}

/** How long Show me and the replay wait for a control the Manager has not shown yet. */
const targetDeadline = 8000;

/**
 * Does actions in the Manager the way the reader would (Show me, and replaying earlier steps).
 * While it acts, `isActing()` is true: the Manager reports those clicks too, and they are not the reader's.
 */
export function createManagerDriver(container: () => HTMLElement | null) {
  let acting = false;
  return {
    isActing: () => acting,
    async perform(action: Action): Promise<boolean> {
      if (action.kind === 'acknowledge') return true;
      const root = container();
      const element = root && (await waitForTarget(root, action.on, targetDeadline));
      if (!element) return false;
      acting = true;
      try {
        if (action.kind === 'click') {
          element.click();
        } else {
          const field = element as HTMLInputElement | HTMLSelectElement;
          field.value = typedValue(action);
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        }
      } finally {
        acting = false;
      }
      return true;
    },
    /** The text of a field the step types into, or null when it is not on screen. */
    fieldValue(ref: TargetRef): string | null {
      const root = container();
      const element = root && (findTarget(root, ref) as HTMLInputElement | null);
      return element ? element.value : null;
    },
  };
}

export type ManagerDriver = ReturnType<typeof createManagerDriver>;

/** Fields one types into (the focus stays there after typing). */
export const isTextField = (element: Element) =>
  (element instanceof HTMLInputElement && !['radio', 'checkbox', 'submit', 'button'].includes(element.type)) ||
  element instanceof HTMLTextAreaElement;

/** True when the reader asked the system for less motion. */
export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
