import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { $managerScreen, type ManagerScreen, openScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Icon } from './Icon.tsx';

/**
 * The frame of a screen: its heading (focused when the reader opens the screen, so keyboard and
 * screen reader users land on it) and an optional way back.
 */
export function Screen({
  title,
  back,
  actions,
  children,
}: {
  title: string;
  back?: ManagerScreen;
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  const { t, focusHeadings } = useManager();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeadings && $managerScreen.get().opened) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section class="mgr-screen" aria-labelledby="mgr-screen-title">
      {back && (
        <button type="button" class="mgr-link mgr-back" onClick={() => openScreen(back)}>
          <span class="mgr-flip">
            <Icon name="chevronRight" size={16} />
          </span>
          {t('sandbox.back')}
        </button>
      )}
      <div class="mgr-screen__head">
        <h2 id="mgr-screen-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
