import type { SearchTranslate, SearchTopic } from './config.ts';
import TopicLinks from './TopicLinks.tsx';

type Props = { query: string; t: SearchTranslate; topics: SearchTopic[]; feedbackUrl: string };

/**
 * When no guide matches: the home page's topics to browse, and the feedback form, prefilled with
 * the query as the subject of a missing guide.
 */
export default function NoResults({ query, t, topics, feedbackUrl }: Props) {
  return (
    <div class="search-empty">
      <p>{t('search.noResultsTopics')}</p>
      <TopicLinks topics={topics} />
      <p>{t('search.suggestIntro')}</p>
      <p>
        <a class="search-empty__suggest" href={`${feedbackUrl}?suggest=${encodeURIComponent(query)}`}>
          {t('search.suggestGuide', { query })}
        </a>
      </p>
    </div>
  );
}
