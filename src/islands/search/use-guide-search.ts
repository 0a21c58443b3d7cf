import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchConfig } from './config.ts';
import { type SearchOutcome, searchGuides } from './search-guides.ts';

export type SearchState =
  | { phase: 'idle' }
  | { phase: 'searching'; previous?: SearchOutcome }
  | { phase: 'done'; outcome: SearchOutcome }
  /** `no-index`: under `astro dev` before any build; `unavailable`: the index could not be loaded. */
  | { phase: 'failed'; reason: 'no-index' | 'unavailable' };

/** How long typing must pause before a search runs. */
const debounceMs = 100;

/**
 * Runs the search for what the reader typed, as they type (after a short pause; at once for what
 * was typed before the search UI had loaded: the reader has waited for it already), and keeps the
 * previous results on screen while the next ones load, so the list does not flicker. Only the
 * latest search is shown; one that a newer keystroke replaced is ignored when it ends.
 */
export function useGuideSearch(query: string, topic: string, config: SearchConfig, limit: number): SearchState {
  const [state, setState] = useState<SearchState>({ phase: 'idle' });
  const atMount = useRef(true);
  useEffect(() => {
    const pause = atMount.current ? 0 : debounceMs;
    atMount.current = false;
    const term = query.trim();
    if (!term) {
      setState({ phase: 'idle' });
      return;
    }
    let current = true;
    setState((before) => ({
      phase: 'searching',
      previous: before.phase === 'done' ? before.outcome : before.phase === 'searching' ? before.previous : undefined,
    }));
    const timer = setTimeout(() => {
      searchGuides({ query: term, topic, locale: config.locale, lang: config.lang, limit })
        .then((outcome) => {
          if (current) setState({ phase: 'done', outcome });
        })
        .catch((error: unknown) => {
          if (!current) return;
          console.error('Search failed:', error);
          setState({ phase: 'failed', reason: import.meta.env.DEV ? 'no-index' : 'unavailable' });
        });
    }, pause);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, topic, config, limit]);
  return state;
}
