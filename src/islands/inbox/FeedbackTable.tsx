import type { FeedbackSummary } from '../../api/staff.ts';
import { useInbox } from './context.ts';

type Props = {
  items: FeedbackSummary[];
  selected: Set<string>;
  onToggle: (reference: string) => void;
  onTogglePage: () => void;
  /** The row the j/k shortcuts are on. */
  focused: number;
  /** Where "back to the list" returns (this view's filters). */
  back: string;
};

/** The list of feedback; a table on wide screens, one card per message on narrow ones (CSS). */
export default function FeedbackTable({ items, selected, onToggle, onTogglePage, focused, back }: Props) {
  const { t, serviceName, languageName, age, date, href } = useInbox();
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.reference));
  return (
    <table class="inbox-table">
      <caption class="visually-hidden">{t('inbox.list.heading')}</caption>
      <thead>
        <tr>
          <th scope="col" class="inbox-table__select">
            <input
              type="checkbox"
              checked={allSelected}
              aria-label={t('inbox.list.selectPage')}
              onChange={onTogglePage}
            />
          </th>
          <th scope="col">{t('inbox.list.columns.subject')}</th>
          <th scope="col">{t('inbox.list.columns.service')}</th>
          <th scope="col">{t('inbox.list.columns.status')}</th>
          <th scope="col">{t('inbox.list.columns.received')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.reference} class={index === focused ? 'inbox-row inbox-row--focused' : 'inbox-row'}>
            <td class="inbox-table__select">
              <input
                type="checkbox"
                checked={selected.has(item.reference)}
                aria-label={t('inbox.list.select', { subject: item.subject })}
                onChange={() => onToggle(item.reference)}
              />
            </td>
            <td class="inbox-table__subject">
              <a
                href={href(`feedback/?reference=${item.reference}${back ? `&back=${encodeURIComponent(back)}` : ''}`)}
                data-row={index}
              >
                {item.subject}
              </a>
              <p class="inbox-preview">{item.preview}</p>
              <p class="inbox-meta">
                <span>{t(`inbox.kind.${item.kind}`)}</span>
                <span lang={item.locale ?? undefined}>{languageName(item.locale)}</span>
                <span>
                  {item.assignee ? t('inbox.list.assignedTo', { email: item.assignee }) : t('inbox.list.unassigned')}
                </span>
              </p>
            </td>
            <td>{serviceName(item.service)}</td>
            <td>
              <span class={`inbox-status inbox-status--${item.status}`}>{t(`inbox.status.${item.status}`)}</span>
            </td>
            <td>
              <time dateTime={item.receivedAt} title={date(item.receivedAt)}>
                {age(item.receivedAt)}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
