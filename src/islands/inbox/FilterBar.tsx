import { useEffect, useState } from 'preact/hooks';
import { feedbackKindValues as feedbackKinds } from '../../api/feedback-limits.ts';
import { feedbackStatuses } from '../../api/staff-values.ts';
import { localeCodes } from '../../i18n/locales.ts';
import { useInbox } from './context.ts';
import DateRange from './DateRange.tsx';
import { type FilterKey, type InboxFilters, withFilter } from './filters.ts';

type Props = {
  filters: InboxFilters;
  onChange: (filters: InboxFilters) => void;
  searchRef: { current: HTMLInputElement | null };
};

/** The filters of the list: a search, then one choice per facet; each applies at once. */
export default function FilterBar({ filters, onChange, searchRef }: Props) {
  const { t, serviceName, languageName, staff } = useInbox();
  const [query, setQuery] = useState(filters.q ?? '');
  // On a phone the choices fold away under "Filters" (open when one is in use); wide, they show.
  const [wide] = useState(() => matchMedia('(min-width: 45rem)').matches);
  useEffect(() => setQuery(filters.q ?? ''), [filters.q]);
  const set = (key: FilterKey, value: string) => onChange(withFilter(filters, key, value));

  const choice = (key: FilterKey, label: string, options: { value: string; label: string }[]) => (
    <label class="inbox-field" key={key}>
      <span>{label}</span>
      <select value={filters[key] ?? ''} onChange={(event) => set(key, event.currentTarget.value)}>
        <option value="">{t('inbox.filters.any')}</option>
        {options.map((option) => (
          <option value={option.value} key={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section class="inbox-filters" aria-label={t('inbox.filters.title')}>
      <search>
        <form
          class="inbox-search"
          onSubmit={(event) => {
            event.preventDefault();
            set('q', query);
          }}
        >
          <label for="inbox-q">{t('inbox.filters.search')}</label>
          <div class="inbox-search__row">
            <input
              id="inbox-q"
              ref={searchRef}
              type="search"
              value={query}
              maxLength={200}
              aria-keyshortcuts="/"
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <button type="submit" class="button">
              {t('inbox.filters.searchButton')}
            </button>
          </div>
        </form>
      </search>
      <details class="inbox-filters__more" open={wide || Object.keys(filters).some((key) => key !== 'q')}>
        <summary>{t('inbox.filters.title')}</summary>
        <div class="inbox-filters__choices">
          {staff.services.length > 1 &&
            choice(
              'service',
              t('inbox.filters.service'),
              staff.services
                .map((id) => ({ value: id, label: serviceName(id) }))
                .sort((a, b) => a.label.localeCompare(b.label)),
            )}
          {choice(
            'kind',
            t('inbox.filters.kind'),
            feedbackKinds.map((kind) => ({ value: kind, label: t(`inbox.kind.${kind}`) })),
          )}
          {choice(
            'status',
            t('inbox.filters.status'),
            feedbackStatuses.map((status) => ({ value: status, label: t(`inbox.status.${status}`) })),
          )}
          {choice(
            'locale',
            t('inbox.filters.locale'),
            localeCodes.map((code) => ({ value: code, label: languageName(code) })),
          )}
          <DateRange from={filters.from} to={filters.to} onChange={set} />
        </div>
      </details>
      {Object.keys(filters).length > 0 && (
        <p class="inbox-filters__active">
          <button type="button" class="inbox-link-button" onClick={() => onChange({})}>
            {t('inbox.filters.clear')}
          </button>
          <span class="inbox-muted">{t('inbox.filters.share')}</span>
        </p>
      )}
    </section>
  );
}
