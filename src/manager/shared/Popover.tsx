import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ManagerTarget } from '../targets.ts';

/**
 * A button that shows a panel below it (disclosure pattern): Esc or a click elsewhere closes it and
 * focus returns to the button. `children` gets `close` to call after choosing something.
 */
export function Popover({
  label,
  button,
  target,
  align = 'start',
  buttonClass,
  children,
}: {
  label: string;
  button: ComponentChildren;
  target?: ManagerTarget;
  align?: 'start' | 'end';
  buttonClass?: string;
  children: (close: () => void) => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !root.current?.contains(document.activeElement)) return;
      event.stopPropagation();
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    // Move into the panel so arrow-free keyboard users reach its first choice with one Tab.
    root.current
      ?.querySelector<HTMLElement>('.mgr-popover__panel button:not([disabled]), .mgr-popover__panel a')
      ?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div class="mgr-popover" ref={root}>
      <button
        type="button"
        ref={trigger}
        class={buttonClass}
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        data-target={target}
        onClick={() => setOpen(!open)}
      >
        {button}
      </button>
      {open && (
        <div id={panelId} class={`mgr-popover__panel mgr-popover__panel--${align}`}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
