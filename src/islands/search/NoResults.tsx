import { format, type SearchStrings, type SearchTopic } from './config.ts';
import TopicLinks from './TopicLinks.tsx';

type Props = { query: string; strings: SearchStrings; topics: SearchTopic[]; feedbackUrl: string };

/**
 * When no guide matches: the home page's topics to browse, and the feedback form, prefilled with
 * the query as the subject of a missing guide.
 */
export default function NoResults({ query, strings, topics, feedbackUrl }: Props) {
  return (
    <div class="search-empty">
      <p>{strings['search.noResultsTopics']}</p>
      <TopicLinks topics={topics} />
      <p>{strings['search.suggestIntro']}</p>
      <p>
        <a class="search-empty__suggest" href={`${feedbackUrl}?suggest=${encodeURIComponent(query)}`}>
          {format(strings['search.suggestGuide'], { query })}
        </a>
      </p>
    </div>
  );
}
