import { useState } from 'preact/hooks';
import type { GuideFacts } from '../../content/guide-files.ts';
import { useInbox } from './context.ts';
import { searchTermLine } from './search-term-line.ts';

type Props = { query: string; guides: Record<string, GuideFacts> };

/**
 * For a search that found nothing: "add as a search term of…" a guide the writer picks, with the
 * file to edit and the line to add, so the help center learns the readers' own words.
 */
export default function AddSearchTerm({ query, guides }: Props) {
  const { t } = useInbox();
  const [guide, setGuide] = useState('');
  const chosen = guide ? guides[guide] : undefined;
  return (
    <div class="insights-term">
      <label class="inbox-compact-field">
        <span>{t('inbox.insights.fix.addTerm')}</span>
        <select value={guide} onChange={(event) => setGuide(event.currentTarget.value)}>
          <option value="">{t('inbox.insights.fix.chooseGuide')}</option>
          {Object.entries(guides).map(([slug, facts]) => (
            <option value={slug} key={slug}>
              {facts.title}
            </option>
          ))}
        </select>
      </label>
      {chosen && (
        <p class="insights-term__how" role="status">
          {t('inbox.insights.fix.addTermHow', { file: chosen.file })}
          <code class="insights-term__line">{searchTermLine(query)}</code>
        </p>
      )}
    </div>
  );
}
