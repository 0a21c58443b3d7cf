import type { Box } from './useTrackedRect.ts';

/** A ring around the control to use next; it lets clicks through (pointer-events: none). */
export function Spotlight({ box }: { box: Box | null }) {
  if (!box) return null;
  const pad = 4;
  return (
    <div
      class="wt-spotlight"
      aria-hidden="true"
      style={{
        top: `${box.top - pad}px`,
        left: `${box.left - pad}px`,
        width: `${box.width + pad * 2}px`,
        height: `${box.height + pad * 2}px`,
      }}
    />
  );
}
