import type { SearchTopic } from './config.ts';

/** The home page's topics as links: where to go when search finds nothing or cannot run. */
export default function TopicLinks({ topics }: { topics: SearchTopic[] }) {
  return (
    <ul class="search-topics">
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={topic.url}>{topic.name}</a>
        </li>
      ))}
    </ul>
  );
}
