/** One choice of the results list: a guide or one of its sections. */
export interface ResultOption {
  id: string;
  url: string;
}

/**
 * Where the highlighted result moves on an arrow key: down and up through guides and their
 * sections, stopping at both ends (as Pagefind's own search box does).
 */
export function moveActive(current: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  return Math.max(current - 1, 0);
}
