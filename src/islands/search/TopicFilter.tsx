import type { SearchTopic, SearchTranslate } from './config.ts';

type Props = {
  id: string;
  value: string;
  counts: Record<string, number>;
  t: SearchTranslate;
  topics: SearchTopic[];
  onChange: (topic: string) => void;
};

/** Narrows the results to one topic; each choice says how many guides it holds for the query. */
export default function TopicFilter({ id, value, counts, t, topics, onChange }: Props) {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const offered = topics.filter((topic) => (counts[topic.id] ?? 0) > 0 || topic.id === value);
  return (
    <div class="search-filter">
      <label for={id}>{t('search.filterLabel')}</label>
      <select id={id} name="topic" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">
          {t('search.filterAll')} ({total})
        </option>
        {offered.map((topic) => (
          <option value={topic.id} key={topic.id}>
            {topic.name} ({counts[topic.id] ?? 0})
          </option>
        ))}
      </select>
    </div>
  );
}
