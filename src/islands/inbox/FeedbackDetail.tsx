import { useEffect, useState } from 'preact/hooks';
import type { AuditEvent, FeedbackDetail as Detail } from '../../api/staff.ts';
import { StaffApiError } from '../../api/staff-client.ts';
import { type FeedbackStatus, feedbackStatuses } from '../../api/staff-values.ts';
import { sessionEnded } from '../../stores/inbox.ts';
import { type Inbox, useInbox } from './context.ts';
import ErrorAlert from './ErrorAlert.tsx';
import { filtersFromSearch, searchFromFilters } from './filters.ts';
import NotesPanel from './NotesPanel.tsx';
import WorkForm from './WorkForm.tsx';

/** One message in full, read as text, with the work on it. Its reference is in the address. */
export default function FeedbackDetail() {
  const { t, date, serviceName, languageName, client, href } = useInbox();
  const params = new URLSearchParams(location.search);
  const reference = params.get('reference') ?? '';
  // Only the list's own filters go back: the address cannot smuggle anything else in.
  const back = searchFromFilters(filtersFromSearch(params.get('back') ?? ''));
  const [feedback, setFeedback] = useState<Detail | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = () =>
    client
      .feedbackItem(reference)
      .then(setFeedback)
      .catch((failure) => {
        if (!sessionEnded(failure)) setError(failure instanceof StaffApiError ? failure.code : 'other');
      });
  useEffect(() => void load(), [reference]);

  const backLink = (
    <p>
      <a href={`${href('')}${back}`}>← {t('inbox.detail.back')}</a>
    </p>
  );
  if (error) {
    return (
      <div>
        {backLink}
        <ErrorAlert code={error} />
      </div>
    );
  }
  if (!feedback) return <p role="status">{t('inbox.loading')}</p>;
  return (
    <article class="inbox-detail" aria-labelledby="inbox-detail-title">
      {backLink}
      <h1 id="inbox-detail-title">{feedback.subject}</h1>
      <p class="inbox-meta">
        <span class={`inbox-status inbox-status--${feedback.status}`}>{t(`inbox.status.${feedback.status}`)}</span>
        <span>{t(`inbox.kind.${feedback.kind}`)}</span>
        <span>
          {t('inbox.detail.from', { service: serviceName(feedback.service), language: languageName(feedback.locale) })}
        </span>
        <span>{t('inbox.detail.received', { date: date(feedback.receivedAt) })}</span>
        <span>{t('inbox.detail.reference', { reference: feedback.reference })}</span>
      </p>
      <div class="inbox-message" lang={feedback.locale ?? undefined}>
        {feedback.message}
      </div>
      <p class="inbox-reply">
        {feedback.email ? (
          <>
            {t('inbox.detail.replyTo')} <a href={`mailto:${feedback.email}`}>{feedback.email}</a>
          </>
        ) : (
          t('inbox.detail.noReply')
        )}
      </p>
      <div class="inbox-detail__work">
        <WorkForm feedback={feedback} onSaved={() => void load()} />
        <NotesPanel feedback={feedback} onAdded={() => void load()} />
        <section class="inbox-panel" aria-labelledby="inbox-history-title">
          <h2 id="inbox-history-title">{t('inbox.detail.history')}</h2>
          {feedback.history.length === 0 ? (
            <p>{t('inbox.detail.noHistory')}</p>
          ) : (
            <ol class="inbox-history">
              {feedback.history.map((event) => (
                <li key={event.at + event.action}>
                  <time dateTime={event.at}>{date(event.at)}</time> {historyLine(event, t)}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </article>
  );
}

/** A status as the history recorded it, in words; as it was stored if no longer known. */
function statusName(t: Inbox['t'], status: string | null): string {
  const isStatus = (value: string | null): value is FeedbackStatus =>
    (feedbackStatuses as readonly (string | null)[]).includes(value);
  return isStatus(status) ? t(`inbox.status.${status}`) : (status ?? '—');
}

function historyLine(event: AuditEvent, t: Inbox['t']): string {
  const staff = event.staff ?? '—';
  if (event.action === 'status') {
    return t('inbox.detail.history.status', {
      staff,
      from: statusName(t, event.from),
      to: statusName(t, event.to),
    });
  }
  if (event.action === 'assign') {
    return event.to
      ? t('inbox.detail.history.assign', { staff, to: event.to })
      : t('inbox.detail.history.unassign', { staff });
  }
  return t('inbox.detail.history.note', { staff });
}
