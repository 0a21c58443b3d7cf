import type { SearchTranslate, SearchTopic } from './config.ts';
import type { SearchState } from './use-guide-search.ts';

/**
 * The one line that says what the search found, shown under the search box and announced to
 * screen readers (it lives in a `role="status"` region).
 */
export function statusText(state: SearchState, topic: string, t: SearchTranslate, topics: SearchTopic[]): string {
  switch (state.phase) {
    case 'idle':
      return t('search.hint');
    case 'searching':
      return state.previous
        ? statusText({ phase: 'done', outcome: state.previous }, topic, t, topics)
        : t('search.searching');
    case 'failed':
      return t(state.reason === 'no-index' ? 'search.devNoIndex' : 'search.unavailable');
    case 'done': {
      const { outcome } = state;
      const query = outcome.corrected ?? outcome.query;
      if (outcome.relaxed) return t('search.relaxed', { relaxed: outcome.relaxed, query: outcome.query });
      if (outcome.corrected) return t('search.corrected', { corrected: outcome.corrected, query: outcome.query });
      const all = Object.values(outcome.topicCounts).reduce((sum, count) => sum + count, 0);
      if (outcome.total === 0 && topic && all > 0) {
        const name = topics.find((candidate) => candidate.id === topic)?.name ?? topic;
        return t('search.noneInTopic', { topic: name, query });
      }
      if (outcome.total === 0) return t('search.noResults', { query });
      return t('search.count', { count: outcome.total, query });
    }
  }
}
