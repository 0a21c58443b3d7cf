import type { ComponentChildren, Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Box } from './useTrackedRect.ts';

const gap = 14;
const margin = 8;

/**
 * Where the bubble goes: below the control, else above, else beside it; never over it, so the
 * control stays clickable. Null when there is no room (the bubble then docks under the Manager).
 */
export function placeBubble(target: Box, bubble: { width: number; height: number }, frame: Box) {
  const left = Math.min(Math.max(target.left, frame.left + margin), frame.left + frame.width - bubble.width - margin);
  const below = target.top + target.height + gap;
  if (below + bubble.height <= frame.top + frame.height - margin) return { top: below, left };
  const above = target.top - gap - bubble.height;
  if (above >= frame.top + margin) return { top: above, left };
  const top = Math.min(Math.max(target.top, frame.top + margin), frame.top + frame.height - bubble.height - margin);
  const right = target.left + target.width + gap;
  if (right + bubble.width <= frame.left + frame.width - margin) return { top, left: right };
  const before = target.left - gap - bubble.width;
  if (before >= frame.left + margin) return { top, left: before };
  return null;
}

/** The step's text beside the spotlighted control (docked under the Manager on narrow screens). */
export function Bubble({
  target,
  frame,
  children,
  bubbleRef,
}: {
  target: Box | null;
  frame: HTMLElement | null;
  children: ComponentChildren;
  bubbleRef?: Ref<HTMLDivElement>;
}) {
  const own = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const element = own.current;
    if (!element || !target || !frame || frame.clientWidth < 640) {
      setPlace(null);
      return;
    }
    const area = frame.getBoundingClientRect();
    const next = placeBubble(
      target,
      { width: element.offsetWidth, height: element.offsetHeight },
      { top: area.top, left: area.left, width: area.width, height: area.height },
    );
    setPlace((current) =>
      current && next && Math.abs(current.top - next.top) < 1 && Math.abs(current.left - next.left) < 1
        ? current
        : next,
    );
  });

  return (
    <div
      class={place ? 'wt-bubble wt-bubble--floating' : 'wt-bubble'}
      style={place ? { top: `${place.top}px`, left: `${place.left}px` } : undefined}
      ref={(element) => {
        own.current = element;
        if (typeof bubbleRef === 'function') bubbleRef(element);
        else if (bubbleRef) bubbleRef.current = element;
      }}
    >
      {children}
    </div>
  );
}
