import { useEffect, useState } from 'preact/hooks';
import type { FeedbackPage, FeedbackSummary } from '../../api/staff.ts';
import { StaffApiError } from '../../api/staff-client.ts';
import { sessionEnded } from '../../stores/inbox.ts';
import { useInbox } from './context.ts';
import type { InboxFilters } from './filters.ts';

export interface Pages {
  items: FeedbackSummary[];
  counts: FeedbackPage['counts'];
  total: number;
  /** undefined while loading, null when it failed. */
  state: 'loading' | 'ready' | 'failed';
  error?: string;
  hasMore: boolean;
  more(): Promise<void>;
  reload(): void;
}

/** The pages of the list for a filter: the first at once, the next ones when asked. */
export function useFeedbackPages(filters: InboxFilters): Pages {
  const { client } = useInbox();
  const [items, setItems] = useState<FeedbackSummary[]>([]);
  const [counts, setCounts] = useState<FeedbackPage['counts']>({ status: {}, service: {} });
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<Pages['state']>('loading');
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);

  function failed(failure: unknown) {
    if (sessionEnded(failure)) return;
    setError(failure instanceof StaffApiError ? failure.code : 'other');
    setState('failed');
  }

  useEffect(() => {
    let current = true;
    setState('loading');
    client
      .feedback(filters)
      .then((page) => {
        if (!current) return;
        setItems(page.items);
        setCounts(page.counts);
        setTotal(page.total);
        setCursor(page.nextCursor);
        setState('ready');
      })
      .catch((failure) => current && failed(failure));
    return () => {
      current = false;
    };
  }, [JSON.stringify(filters), version]);

  return {
    items,
    counts,
    total,
    state,
    error,
    hasMore: cursor !== null,
    async more() {
      if (!cursor) return;
      try {
        const page = await client.feedback(filters, cursor);
        setItems((earlier) => [...earlier, ...page.items]);
        setCursor(page.nextCursor);
      } catch (failure) {
        failed(failure);
      }
    },
    reload: () => setVersion((value) => value + 1),
  };
}
