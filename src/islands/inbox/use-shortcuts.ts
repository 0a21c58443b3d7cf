import { useEffect } from 'preact/hooks';

/** The single-key shortcuts of the list and what they do. */
export type ShortcutAction = 'next' | 'previous' | 'open' | 'toggle' | 'search' | 'help';
export const shortcutKeys: Record<ShortcutAction, string> = {
  next: 'j',
  previous: 'k',
  open: 'o',
  toggle: 'x',
  search: '/',
  help: '?',
};

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Listens for the shortcuts while they are on. Never while the person types in a field, and never
 * with Ctrl, Alt or Meta held (those belong to the browser and assistive technology).
 */
export function useShortcuts(enabled: boolean, act: (action: ShortcutAction) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) return;
      const action = (Object.keys(shortcutKeys) as ShortcutAction[]).find((name) => shortcutKeys[name] === event.key);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, act]);
}
