import { feedbackStatuses } from '../../api/staff-values.ts';
import { searchFromFilters, withFilter, type InboxFilters } from './filters.ts';
import { useInbox } from './context.ts';

type Props = {
  filters: InboxFilters;
  counts: { status: Record<string, number>; service: Record<string, number> };
  onChange: (filters: InboxFilters) => void;
};

/**
 * How many messages in each status and each service, with the other filters. Each is a link to
 * that view (it can be opened in a new tab or shared), followed here without a page load.
 */
export default function StatusCounts({ filters, counts, onChange }: Props) {
  const { t, serviceName, staff } = useInbox();
  const all = Object.values(counts.status).reduce((sum, count) => sum + count, 0);
  const link = (next: InboxFilters, label: string, count: number, current: boolean) => (
    <a
      href={searchFromFilters(next) || '?'}
      aria-current={current ? 'true' : undefined}
      class="inbox-count"
      onClick={(event) => {
        event.preventDefault();
        onChange(next);
      }}
    >
      <span>{label}</span> <span class="inbox-count__number">{count.toLocaleString()}</span>
    </a>
  );
  const services = Object.entries(counts.service).sort(([, a], [, b]) => b - a);
  return (
    <div class="inbox-counts">
      <nav aria-label={t('inbox.filters.status')}>
        <ul class="inbox-counts__list">
          <li>{link(withFilter(filters, 'status', undefined), t('inbox.status.all'), all, !filters.status)}</li>
          {feedbackStatuses.map((status) => (
            <li key={status}>
              {link(
                withFilter(filters, 'status', status),
                t(`inbox.status.${status}`),
                counts.status[status] ?? 0,
                filters.status === status,
              )}
            </li>
          ))}
        </ul>
      </nav>
      {staff.services.length > 1 && services.length > 0 && (
        <nav aria-label={t('inbox.list.byService')}>
          <ul class="inbox-counts__list">
            {services.map(([service, count]) => (
              <li key={service}>
                {link(
                  withFilter(filters, 'service', service),
                  serviceName(service),
                  count,
                  filters.service === service,
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
