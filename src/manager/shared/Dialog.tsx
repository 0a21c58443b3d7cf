import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useManager } from '../context.ts';

const focusableSelector =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog inside the Manager's frame (not the whole page, so a walkthrough panel beside it
 * stays readable): focus moves in and is kept in, Esc closes it, focus goes back where it was.
 * The element with `data-autofocus` gets focus first, otherwise the first control. The Esc that
 * closes it is marked (defaultPrevented), so a walkthrough around the Manager leaves it alone.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const { channel } = useManager();

  useEffect(() => {
    channel.report({ type: 'panel-opened', panel: 'dialog' });
    const previous = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    const first =
      dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? dialog?.querySelector<HTMLElement>(focusableSelector);
    first?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
      channel.report({ type: 'panel-closed', panel: 'dialog' });
    };
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const controls = [...ref.current.querySelectorAll<HTMLElement>(focusableSelector)];
    const first = controls[0];
    const last = controls.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div class="mgr-backdrop">
      <div class="mgr-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={ref} onKeyDown={onKeyDown}>
        <h2 id={titleId} class="mgr-dialog__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
