import type { PracticeTranslate } from '../../i18n/practice-strings.ts';

/** The list items of the task's own `<Steps>` list: the bubble texts, bound to the script by order. */
export function listItems(root: HTMLElement): HTMLLIElement[] {
  return [...root.querySelectorAll<HTMLLIElement>(':scope > .steps > ol > li')];
}

/**
 * While a walkthrough runs, the guide's list shows the current step, and each item can be clicked
 * (or its small button pressed, for keyboard users) to jump there. Returns a function that undoes it.
 */
export function attachToList(
  items: HTMLLIElement[],
  t: PracticeTranslate,
  onJump: (step: number) => void,
): { highlight: (step: number | null) => void; detach: () => void } {
  const cleanups = items.map((item, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'wt-jump';
    button.textContent = t('walkthrough.jump', { number: index + 1 });
    const onClick = (event: MouseEvent) => {
      // Links inside the step keep working.
      if ((event.target as Element).closest('a')) return;
      onJump(index);
    };
    item.classList.add('wt-step');
    item.append(button);
    item.addEventListener('click', onClick);
    return () => {
      button.remove();
      item.classList.remove('wt-step', 'wt-step--current');
      item.removeAttribute('aria-current');
      item.removeEventListener('click', onClick);
    };
  });
  return {
    highlight(step) {
      items.forEach((item, index) => {
        item.classList.toggle('wt-step--current', index === step);
        if (index !== step) {
          item.removeAttribute('aria-current');
          return;
        }
        item.setAttribute('aria-current', 'step');
        // Beside the panel (wide screens), the guide follows along.
        if (window.matchMedia('(min-width: 1000px)').matches) item.scrollIntoView({ block: 'nearest' });
      });
    },
    detach: () => {
      for (const cleanup of cleanups) cleanup();
    },
  };
}

/** A list item's content without the jump button, to show in the bubble. */
export function stepContent(item: HTMLLIElement | undefined): Node[] {
  if (!item) return [];
  const copy = item.cloneNode(true) as HTMLLIElement;
  copy.querySelector('.wt-jump')?.remove();
  return [...copy.childNodes];
}

/** A list item's text without the jump button (for announcements). */
export const stepText = (item: HTMLLIElement | undefined) =>
  stepContent(item)
    .map((node) => node.textContent ?? '')
    .join('')
    .trim();
