import { useEffect, useState } from 'preact/hooks';

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const same = (a: Box | null, b: Box | null) =>
  a === b ||
  (!!a &&
    !!b &&
    Math.abs(a.top - b.top) < 0.5 &&
    Math.abs(a.left - b.left) < 0.5 &&
    Math.abs(a.width - b.width) < 0.5 &&
    Math.abs(a.height - b.height) < 0.5);

/**
 * Where an element is on screen, followed frame by frame (the Manager scrolls, loads and reflows
 * under the spotlight); re-renders only when the box really moved.
 */
export function useTrackedRect(element: Element | null): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    if (!element) {
      setBox(null);
      return;
    }
    let frame = 0;
    let last: Box | null = null;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const next = element.isConnected && rect.width + rect.height > 0 ? rect : null;
      const nextBox = next && { top: next.top, left: next.left, width: next.width, height: next.height };
      if (!same(last, nextBox)) {
        last = nextBox;
        setBox(nextBox);
      }
      frame = requestAnimationFrame(measure);
    };
    measure();
    return () => cancelAnimationFrame(frame);
  }, [element]);
  return box;
}
