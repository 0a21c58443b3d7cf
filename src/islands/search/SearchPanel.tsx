import { useEffect, useMemo, useState } from 'preact/hooks';
import { moveActive, type ResultOption } from './active-option.ts';
import { type SearchConfig, searchTranslate } from './config.ts';
import type { GuideHit } from './guide-hit.ts';
import NoResults from './NoResults.tsx';
import ResultList, { optionId } from './ResultList.tsx';
import { prepareSearch } from './search-assets.ts';
import type { SearchReport } from './search-report.ts';
import { statusText } from './status-text.ts';
import TopicFilter from './TopicFilter.tsx';
import TopicLinks from './TopicLinks.tsx';
import { useGuideSearch } from './use-guide-search.ts';
import './search.css';

type Props = {
  /** The search box, plain HTML of the page, so what the reader types before this loads is kept. */
  input: HTMLInputElement;
  config: SearchConfig;
  mode: 'dialog' | 'page';
  initialTopic?: string;
  /** Called before leaving for a result (the dialog closes itself). */
  onLeave?: () => void;
  /** Called when the query or topic changes (the page keeps its URL shareable). */
  onChange?: (query: string, topic: string) => void;
  /** Tells the insights what was searched and opened. */
  report?: SearchReport;
};

function flatten(hits: GuideHit[], listId: string): ResultOption[] {
  return hits.flatMap((hit, guide) => [
    { id: optionId(listId, guide), url: hit.url },
    ...hit.sections.map((section, index) => ({ id: optionId(listId, guide, index), url: section.url })),
  ]);
}

/**
 * The search UI around a search box: results as the reader types, a topic filter, arrow keys and
 * Enter (the combobox pattern: focus stays in the box, `aria-activedescendant` follows the
 * highlighted result), a status line announced to screen readers, and what to do when nothing
 * matches.
 */
export default function SearchPanel({ input, config, mode, initialTopic = '', onLeave, onChange, report }: Props) {
  const { topics } = config;
  const t = useMemo(() => searchTranslate(config), [config]);
  const listId = `${input.id}-results`;
  const [query, setQuery] = useState(input.value);
  const [topic, setTopic] = useState(initialTopic);
  const [active, setActive] = useState(0);
  const state = useGuideSearch(query, topic, config, mode === 'dialog' ? 10 : 30);
  const outcome = state.phase === 'done' ? state.outcome : state.phase === 'searching' ? state.previous : undefined;
  const options = useMemo(() => flatten(outcome?.hits ?? [], listId), [outcome, listId]);
  const activeOption = options[active];

  useEffect(() => prepareSearch(config.lang, config.locale), [config.lang, config.locale]);
  useEffect(() => setActive(0), [outcome]);
  useEffect(() => onChange?.(query, topic), [query, topic, onChange]);

  useEffect(() => {
    const onInput = () => setQuery(input.value);
    input.addEventListener('input', onInput);
    // What the reader typed between the first render and now (the UI loads while they type) counts too.
    onInput();
    return () => input.removeEventListener('input', onInput);
  }, [input]);

  const open = (url: string, event: KeyboardEvent | MouseEvent) => {
    const rank = (outcome?.hits ?? []).findIndex(
      (hit) => hit.url === url || hit.sections.some((section) => section.url === url),
    );
    if (rank >= 0) report?.opened(rank + 1);
    if (event.ctrlKey || event.metaKey || event.shiftKey) {
      if (event instanceof KeyboardEvent) window.open(url, '_blank', 'noopener');
      return;
    }
    event.preventDefault();
    onLeave?.();
    window.location.assign(url);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (options.length === 0) return;
        event.preventDefault();
        setActive((current) => moveActive(current, options.length, event.key as 'ArrowDown' | 'ArrowUp'));
      } else if (event.key === 'Enter' && activeOption) {
        open(activeOption.url, event);
      }
    };
    input.addEventListener('keydown', onKey);
    return () => input.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', String(options.length > 0));
    if (activeOption) {
      input.setAttribute('aria-activedescendant', activeOption.id);
      document.getElementById(activeOption.id)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }, [input, listId, options, activeOption]);

  const counts = outcome?.topicCounts ?? {};
  const found = Object.values(counts).reduce((sum, count) => sum + count, 0);
  useEffect(() => {
    if (state.phase === 'done') report?.settled(state.outcome.query, found);
  }, [state]);
  const nothingFound = state.phase === 'done' && found === 0;
  const term = query.trim();
  return (
    <div class={`search-panel search-panel--${mode}`}>
      <div class="search-panel__bar">
        <p class="search-panel__status" role="status">
          {statusText(state, topic, t, topics)}
        </p>
        {(found > 0 || topic) && (
          <TopicFilter
            id={`${input.id}-topic`}
            value={topic}
            counts={counts}
            t={t}
            topics={topics}
            onChange={setTopic}
          />
        )}
      </div>
      <ResultList
        id={listId}
        hits={outcome?.hits ?? []}
        activeId={activeOption?.id}
        busy={state.phase === 'searching'}
        focusable={mode === 'page'}
        t={t}
        topics={topics}
        onPoint={(id) => setActive(options.findIndex((option) => option.id === id))}
        onOpen={open}
      />
      {outcome && outcome.total === 0 && topic && found > 0 && (
        <button type="button" class="search-panel__clear-topic" onClick={() => setTopic('')}>
          {t('search.filterAll')}
        </button>
      )}
      {nothingFound && <NoResults query={term} t={t} topics={topics} feedbackUrl={config.feedbackUrl} />}
      {mode === 'dialog' && term && !nothingFound && state.phase !== 'failed' && (
        <p class="search-panel__more">
          <a href={`${config.searchPageUrl}?q=${encodeURIComponent(term)}`}>{t('search.allResults')}</a>
        </p>
      )}
      {state.phase === 'failed' && <TopicLinks topics={topics} />}
    </div>
  );
}
