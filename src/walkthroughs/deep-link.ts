/**
 * `#<id>-step-<n>` links, in a module of their own: the guide page's starter reads them without
 * loading the engine.
 */
import type { Position } from './engine.ts';

/** `#leave-organization-step-3` → the walkthrough and its step (0-based), when the page has it. */
export function parseDeepLink(
  hash: string,
  stepCount: (id: string) => number | undefined,
): (Position & { id: string }) | null {
  const match = /^#?([a-z0-9-]+?)-step-(\d{1,3})$/.exec(decodeURIComponent(hash));
  if (!match) return null;
  const [, id = '', number = ''] = match;
  const count = stepCount(id);
  const step = Number(number) - 1;
  if (count === undefined || step < 0 || step >= count) return null;
  return { id, step, action: 0 };
}

/** The fragment that opens a walkthrough at a step (0-based). */
export const deepLink = (id: string, step: number) => `#${id}-step-${step + 1}`;
