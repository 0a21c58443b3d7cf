import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { $shortcutsOn } from '../../stores/inbox.ts';
import { useInbox } from './context.ts';
import { type ShortcutAction, shortcutKeys } from './use-shortcuts.ts';

type Props = { open: boolean; onClose: () => void };

const labels = {
  next: 'inbox.shortcuts.next',
  previous: 'inbox.shortcuts.previous',
  open: 'inbox.shortcuts.open',
  toggle: 'inbox.shortcuts.toggle',
  search: 'inbox.shortcuts.search',
  help: 'inbox.shortcuts.help',
} as const satisfies Record<ShortcutAction, `inbox.shortcuts.${string}`>;

/** The list of shortcuts, in a modal dialog, with the switch that turns them off. */
export default function ShortcutHelp({ open, onClose }: Props) {
  const { t } = useInbox();
  const on = useStore($shortcutsOn);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  return (
    <dialog ref={dialog} class="inbox-dialog" aria-labelledby="inbox-shortcuts-title" onClose={onClose}>
      <h2 id="inbox-shortcuts-title">{t('inbox.shortcuts.title')}</h2>
      <dl class="inbox-shortcuts">
        {(Object.keys(shortcutKeys) as ShortcutAction[]).map((action) => (
          <div key={action}>
            <dt>
              <kbd>{shortcutKeys[action]}</kbd>
            </dt>
            <dd>{t(labels[action])}</dd>
          </div>
        ))}
      </dl>
      <label class="inbox-check">
        <input type="checkbox" checked={on} onChange={(event) => $shortcutsOn.set(event.currentTarget.checked)} />
        {t('inbox.shortcuts.enabled')}
      </label>
      <button type="button" class="button" onClick={onClose}>
        {t('inbox.shortcuts.close')}
      </button>
    </dialog>
  );
}
