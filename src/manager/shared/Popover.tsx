import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useManager } from '../context.ts';
import type { ManagerTarget } from '../targets.ts';

/**
 * A button that shows a panel below it (disclosure pattern): Esc or a click elsewhere closes it and
 * focus returns to the button. `children` gets `close` to call after choosing something. An Esc it
 * used is marked (defaultPrevented), so a walkthrough around the Manager knows it was not for it.
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
  const { channel } = useManager();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    channel.report({ type: 'panel-opened', panel: 'menu' });
    // Move into the panel so arrow-free keyboard users reach its first choice with one Tab.
    root.current
      ?.querySelector<HTMLElement>('.mgr-popover__panel button:not([disabled]), .mgr-popover__panel a')
      ?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      channel.report({ type: 'panel-closed', panel: 'menu' });
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    trigger.current?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Esc from anywhere inside the disclosure closes it
    <div class="mgr-popover" ref={root} onKeyDown={onKeyDown}>
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
