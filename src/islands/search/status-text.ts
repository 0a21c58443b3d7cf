import { format, type SearchStrings, type SearchTopic } from './config.ts';
import type { SearchState } from './use-guide-search.ts';

/**
 * The one line that says what the search found, shown under the search box and announced to
 * screen readers (it lives in a `role="status"` region).
 */
export function statusText(state: SearchState, topic: string, strings: SearchStrings, topics: SearchTopic[]): string {
  switch (state.phase) {
    case 'idle':
      return strings['search.hint'];
    case 'searching':
      return state.previous
        ? statusText({ phase: 'done', outcome: state.previous }, topic, strings, topics)
        : strings['search.searching'];
    case 'failed':
      return strings[state.reason === 'no-index' ? 'search.devNoIndex' : 'search.unavailable'];
    case 'done': {
      const { outcome } = state;
      const query = outcome.corrected ?? outcome.query;
      if (outcome.relaxed) return format(strings['search.relaxed'], { relaxed: outcome.relaxed, query: outcome.query });
      if (outcome.corrected)
        return format(strings['search.corrected'], { corrected: outcome.corrected, query: outcome.query });
      const all = Object.values(outcome.topicCounts).reduce((sum, count) => sum + count, 0);
      if (outcome.total === 0 && topic && all > 0) {
        const name = topics.find((candidate) => candidate.id === topic)?.name ?? topic;
        return format(strings['search.noneInTopic'], { topic: name, query });
      }
      if (outcome.total === 0) return format(strings['search.noResults'], { query });
      const key = outcome.total === 1 ? 'search.countOne' : 'search.countMany';
      return format(strings[key], { count: outcome.total, query });
    }
  }
}
