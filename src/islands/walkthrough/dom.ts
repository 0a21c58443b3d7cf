import type { Action, TargetRef, UsedControl } from '../../walkthroughs/engine.ts';

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

/** Waits (polling, the Manager loads its data asynchronously) until a control is there. */
export async function waitForTarget(
  container: ParentNode,
  ref: TargetRef,
  timeoutMs = 6000,
): Promise<HTMLElement | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const element = findTarget(container, ref);
    if (element && !(element as HTMLButtonElement).disabled) return element;
    if (Date.now() > until) return null;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** The control an event happened on, as the engine sees it, or null when it was not a control. */
export function usedControl(eventTarget: EventTarget | null): { element: Element; control: UsedControl } | null {
  if (!(eventTarget instanceof Element)) return null;
  const label = eventTarget.closest('label');
  const element =
    (label as HTMLLabelElement | null)?.control ??
    eventTarget.closest('button, a[href], [role="tab"], input, select, textarea, summary');
  if (!element) return null;
  return {
    element,
    control: { target: element.getAttribute('data-target'), attribute: (name) => element.getAttribute(name) },
  };
}

/** Fields one types into (clicking into them is never a wrong step). */
export const isTextField = (element: Element) =>
  (element instanceof HTMLInputElement && !['radio', 'checkbox', 'submit', 'button'].includes(element.type)) ||
  element instanceof HTMLTextAreaElement;

let performing = false;

/**
 * True while the walkthrough itself acts (events are dispatched synchronously), so its own clicks
 * and typing are not judged as the reader's. `isTrusted` cannot tell: browsers and test drivers
 * fill dates and selects with untrusted events too.
 */
export const isPerforming = () => performing;

/** Does an action in the Manager the way the reader would (Show me, and replaying earlier steps). */
export async function perform(container: ParentNode, action: Action): Promise<boolean> {
  if (action.kind === 'acknowledge') return true;
  const element = await waitForTarget(container, action.on);
  if (!element) return false;
  performing = true;
  try {
    if (action.kind === 'click') {
      element.click();
    } else {
      const field = element as HTMLInputElement | HTMLSelectElement;
      field.value = action.value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  } finally {
    performing = false;
  }
  return true;
}

/** The text of a field the step types into, or null when it is not on screen. */
export function fieldValue(container: ParentNode, ref: TargetRef): string | null {
  const element = findTarget(container, ref) as HTMLInputElement | null;
  return element ? element.value : null;
}

/** The message the Manager shows when it refused something (already in the reader's language). */
export function managerRefusal(container: ParentNode): string | null {
  const alert = container.querySelector<HTMLElement>('.mgr-error[role="alert"], .mgr-field__error');
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks between the reason and its causes
  return alert?.innerText.trim() || null;
}

/** True when the reader asked the system for less motion. */
export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
