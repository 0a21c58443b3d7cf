import type { ManagerChannel, UsedControl } from '../channel.ts';

/** Fields one types into or picks in: clicking into them only focuses them. */
const isField = (element: Element) =>
  (element instanceof HTMLInputElement && !['radio', 'checkbox', 'submit', 'button'].includes(element.type)) ||
  element instanceof HTMLTextAreaElement ||
  element instanceof HTMLSelectElement;

/** The control an event happened on (a label stands for its control), or null when it was not on a control. */
function controlOf(eventTarget: EventTarget | null): Element | null {
  if (!(eventTarget instanceof Element)) return null;
  const label = eventTarget.closest('label');
  return (
    (label as HTMLLabelElement | null)?.control ??
    eventTarget.closest('button, a[href], [role="tab"], input, select, textarea, summary')
  );
}

const describe = (element: Element): UsedControl => ({
  target: element.getAttribute('data-target'),
  attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
});

/**
 * The Manager's root listens (capture phase, before any control reacts) and reports what the reader
 * does with its controls to the channel. One file knows the Manager's markup; the watcher does not.
 */
export function reportControls(channel: ManagerChannel) {
  /** A click on a label is followed by one on its control: the same activation, reported once. */
  let followUp: Element | null = null;
  return {
    onClickCapture(event: MouseEvent) {
      const element = controlOf(event.target);
      if (!element) return;
      if (followUp === element) {
        followUp = null;
        return;
      }
      const stop = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      channel.report({ type: 'control-activated', control: describe(element), field: isField(element), stop });
      const viaLabel = element !== event.target && (event.target as Element).closest('label');
      if (viaLabel && !event.defaultPrevented) followUp = element;
    },
    onInputCapture(event: Event) {
      report(event, false);
    },
    onChangeCapture(event: Event) {
      report(event, true);
    },
  };

  function report(event: Event, committed: boolean) {
    const element = controlOf(event.target);
    if (!element || !('value' in element)) return;
    channel.report({ type: 'field-edited', control: describe(element), value: String(element.value), committed });
  }
}
