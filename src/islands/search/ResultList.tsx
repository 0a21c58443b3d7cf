import type { SearchTopic, SearchTranslate } from './config.ts';
import Excerpt from './Excerpt.tsx';
import type { GuideHit } from './guide-hit.ts';

type Props = {
  id: string;
  hits: GuideHit[];
  activeId?: string;
  busy: boolean;
  /** In the dialog, focus stays in the search box (arrow keys move); on the page, results are tab stops too. */
  focusable: boolean;
  t: SearchTranslate;
  topics: SearchTopic[];
  onPoint: (optionId: string) => void;
  onOpen: (url: string, event: MouseEvent) => void;
};

/** The id of a guide's option and of its sections' options, shared with the keyboard handling. */
export const optionId = (listId: string, guide: number, section?: number) =>
  section === undefined ? `${listId}-${guide}` : `${listId}-${guide}-${section}`;

/**
 * The matching guides as a listbox (the pattern of Pagefind's component UI): each guide is a
 * group holding its own option and one per matching section, which links to that section. An
 * option's name is its title, what the reader sees on it; the topic and the excerpt describe it.
 * The link stretches over its card (CSS), so a click anywhere on the card opens it.
 */
export default function ResultList({ id, hits, activeId, busy, focusable, t, topics, onPoint, onOpen }: Props) {
  const topicName = (topic: string) => topics.find((candidate) => candidate.id === topic)?.name ?? '';
  const option = (optionKey: string, url: string) => ({
    id: optionKey,
    href: url,
    'aria-selected': activeId === optionKey,
    tabIndex: focusable ? undefined : -1,
    onMouseMove: () => activeId !== optionKey && onPoint(optionKey),
    onClick: (event: MouseEvent) => onOpen(url, event),
  });
  return (
    <div id={id} role="listbox" aria-label={t('search.resultsLabel')} aria-busy={busy} class="search-results">
      {hits.map((hit, guide) => {
        const key = optionId(id, guide);
        return (
          // biome-ignore lint/a11y/useSemanticElements: options grouped inside a listbox (ARIA listbox pattern); a fieldset groups form controls
          <div role="group" aria-labelledby={key} class="search-hit" key={hit.url}>
            <div class="search-hit__guide">
              <span id={`${key}-topic`} class="search-hit__topic">
                {topicName(hit.topic)}
              </span>
              <a
                role="option"
                {...option(key, hit.url)}
                class="search-hit__title"
                aria-describedby={`${key}-topic ${key}-excerpt`}
              >
                {hit.title}
              </a>
              <Excerpt id={`${key}-excerpt`} class="search-hit__excerpt" excerpt={hit.excerpt} />
            </div>
            {hit.sections.map((section, index) => {
              const sectionKey = optionId(id, guide, index);
              return (
                <div class="search-hit__section" key={section.url}>
                  <a
                    role="option"
                    {...option(sectionKey, section.url)}
                    class="search-hit__section-title"
                    aria-describedby={`${sectionKey}-excerpt`}
                  >
                    {section.title}
                  </a>
                  <Excerpt id={`${sectionKey}-excerpt`} class="search-hit__excerpt" excerpt={section.excerpt} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
