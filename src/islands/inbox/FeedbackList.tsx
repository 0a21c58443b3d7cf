import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FeedbackStatus } from '../../api/staff-values.ts';
import { StaffApiError } from '../../api/staff-client.ts';
import { $shortcutsOn, sessionEnded } from '../../stores/inbox.ts';
import BulkBar from './BulkBar.tsx';
import { useInbox } from './context.ts';
import FeedbackTable from './FeedbackTable.tsx';
import FilterBar from './FilterBar.tsx';
import { filtersFromSearch, type InboxFilters, searchFromFilters } from './filters.ts';
import ShortcutHelp from './ShortcutHelp.tsx';
import StatusCounts from './StatusCounts.tsx';
import { type ShortcutAction, useShortcuts } from './use-shortcuts.ts';
import { useFeedbackPages } from './use-feedback-pages.ts';

/** The inbox's list: filters in the address, counts, the messages, bulk changes, export. */
export default function FeedbackList() {
  const { t, client } = useInbox();
  const [filters, setFilters] = useState<InboxFilters>(() => filtersFromSearch(location.search));
  const pages = useFeedbackPages(filters);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const [help, setHelp] = useState(false);
  const shortcutsOn = useStore($shortcutsOn);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Back and forward move between views, as the address says.
  useEffect(() => {
    const onPop = () => setFilters(filtersFromSearch(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  function applyFilters(next: InboxFilters) {
    history.pushState(null, '', `${location.pathname}${searchFromFilters(next)}`);
    setFilters(next);
    setSelected(new Set());
    setFocused(-1);
  }

  const toggle = (reference: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(reference)) next.delete(reference);
      else next.add(reference);
      return next;
    });

  async function applyStatus(status: FeedbackStatus) {
    try {
      const result = await client.bulk([...selected], { status });
      setAnnouncement(t('inbox.bulk.done', { count: result.updated.length }));
      setSelected(new Set());
      pages.reload();
    } catch (failure) {
      if (!sessionEnded(failure)) {
        setAnnouncement(
          t.known(
            failure instanceof StaffApiError ? `inbox.error.${failure.code}` : 'inbox.error.other',
            'inbox.error.other',
          ),
        );
      }
    }
  }

  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(pages.items.length - 1, index));
    setFocused(clamped);
    listRef.current?.querySelector<HTMLAnchorElement>(`a[data-row="${clamped}"]`)?.focus();
  };

  const act = useCallback(
    (action: ShortcutAction) => {
      const item = pages.items[focused];
      if (action === 'next') focusRow(focused + 1);
      else if (action === 'previous') focusRow(focused - 1);
      else if (action === 'toggle' && item) toggle(item.reference);
      else if (action === 'open' && item)
        listRef.current?.querySelector<HTMLAnchorElement>(`a[data-row="${focused}"]`)?.click();
      else if (action === 'search') searchRef.current?.focus();
      else if (action === 'help') setHelp(true);
    },
    [focused, pages.items],
  );
  useShortcuts(shortcutsOn && !help, act);

  const back = searchFromFilters(filters).slice(1);
  const exportFilter = { ...filters };
  return (
    <div class="inbox-list">
      <div class="inbox-list__top">
        <h1>{t('inbox.list.heading')}</h1>
        <p class="inbox-muted inbox-shortcut-hint">
          {shortcutsOn ? t('inbox.shortcuts.hint') : t('inbox.shortcuts.off')}{' '}
          <button type="button" class="inbox-link-button" onClick={() => setHelp(true)} aria-keyshortcuts="?">
            {t('inbox.shortcuts.title')}
          </button>
        </p>
      </div>
      <FilterBar filters={filters} onChange={applyFilters} searchRef={searchRef} />
      <StatusCounts filters={filters} counts={pages.counts} onChange={applyFilters} />
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {pages.state === 'failed' && (
        <div class="inbox-error" role="alert">
          <p>{t.known(`inbox.error.${pages.error ?? 'other'}`, 'inbox.error.other')}</p>
          <button type="button" class="button button--secondary" onClick={pages.reload}>
            {t('inbox.retry')}
          </button>
        </div>
      )}
      <div class="inbox-list__summary">
        <p role="status" aria-live="polite">
          {pages.state === 'loading' ? t('inbox.loading') : t('inbox.list.total', { count: pages.total })}
        </p>
        <p class="inbox-export">
          <span class="inbox-export__label">{t('inbox.export.title')}</span>
          <a href={client.exportUrl(exportFilter, 'csv')} download>
            {t('inbox.export.csv')}
          </a>
          <a href={client.exportUrl(exportFilter, 'jsonl')} download>
            {t('inbox.export.jsonl')}
          </a>
        </p>
      </div>
      {selected.size > 0 && (
        <BulkBar count={selected.size} onApply={applyStatus} onClear={() => setSelected(new Set())} />
      )}
      <div ref={listRef}>
        {pages.state !== 'failed' && pages.items.length > 0 && (
          <FeedbackTable
            items={pages.items}
            selected={selected}
            onToggle={toggle}
            onTogglePage={() => {
              const everyone = pages.items.every((item) => selected.has(item.reference));
              setSelected(everyone ? new Set() : new Set(pages.items.map((item) => item.reference)));
            }}
            focused={focused}
            back={back}
          />
        )}
      </div>
      {pages.state === 'ready' && pages.items.length === 0 && (
        <p class="inbox-empty">{Object.keys(filters).length > 0 ? t('inbox.list.empty') : t('inbox.list.emptyAll')}</p>
      )}
      {pages.hasMore && (
        <button type="button" class="button button--secondary" onClick={() => void pages.more()}>
          {t('inbox.list.more')}
        </button>
      )}
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
