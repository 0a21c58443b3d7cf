import { useLayoutEffect, useRef } from 'preact/hooks';
import { stepContent } from './guide-list.ts';

/** The guide's own list item, copied as it is (its bold labels included) into the bubble. */
export function StepText({ item }: { item: HTMLLIElement | undefined }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(...stepContent(item));
  }, [item]);
  return <span ref={ref} />;
}
