import { useEffect, useState } from 'preact/hooks';
import { guideFeedbackReasons } from '../../api/feedback-limits.ts';
import type { GuideAnswers as Answers } from '../../api/staff.ts';
import { StaffApiError } from '../../api/staff-client.ts';
import { localeCodes } from '../../i18n/locales.ts';
import { sessionEnded } from '../../stores/inbox.ts';
import { useInbox } from './context.ts';
import DateRange from './DateRange.tsx';
import ErrorAlert from './ErrorAlert.tsx';

const filterKeys = ['guide', 'locale', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof filterKeys)[number], string>>;

function readFilters(): Filters {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(filterKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key) as string]] : [])));
}

/** "Was this guide helpful?" per guide and language: the share of yes, the reasons, the comments. */
export default function GuideAnswers() {
  const { t, client, guideTitle, languageName, date, locale, staff } = useInbox();
  const [filters, setFilters] = useState<Filters>(readFilters);
  const [answers, setAnswers] = useState<Answers | undefined>();
  const [error, setError] = useState<string | undefined>();
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });

  useEffect(() => {
    setAnswers(undefined);
    client
      .guideAnswers(filters)
      .then(setAnswers)
      .catch((failure) => {
        if (!sessionEnded(failure)) setError(failure instanceof StaffApiError ? failure.code : 'other');
      });
  }, [JSON.stringify(filters)]);

  function set(key: (typeof filterKeys)[number], value: string) {
    const next = { ...filters, [key]: value || undefined };
    const search = new URLSearchParams(Object.entries(next).filter((entry): entry is [string, string] => !!entry[1]));
    history.pushState(null, '', `${location.pathname}${search.size ? `?${search}` : ''}`);
    setFilters(next);
  }

  if (!staff.guides)
    return (
      <div class="inbox-error" role="alert">
        {t('inbox.error.forbidden')}
      </div>
    );
  const guides = answers ? [...new Set(answers.summary.map((row) => row.guide))] : [];
  return (
    <div class="inbox-guides">
      <h1>{t('inbox.guides.heading')}</h1>
      <p class="inbox-muted">{t('inbox.guides.intro')}</p>
      <section class="inbox-filters" aria-label={t('inbox.filters.title')}>
        <div class="inbox-filters__choices">
          <label class="inbox-field">
            <span>{t('inbox.guides.language')}</span>
            <select value={filters.locale ?? ''} onChange={(event) => set('locale', event.currentTarget.value)}>
              <option value="">{t('inbox.filters.any')}</option>
              {localeCodes.map((code) => (
                <option value={code} key={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          </label>
          <DateRange from={filters.from} to={filters.to} onChange={set} />
        </div>
      </section>
      {error && <ErrorAlert code={error} />}
      {!answers && !error && <p role="status">{t('inbox.loading')}</p>}
      {answers && answers.summary.length === 0 && <p class="inbox-empty">{t('inbox.guides.empty')}</p>}
      {answers && answers.summary.length > 0 && (
        <div class="inbox-scroll">
          <table class="inbox-table inbox-table--plain">
            <caption class="visually-hidden">{t('inbox.guides.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inbox.guides.guide')}</th>
                <th scope="col">{t('inbox.guides.language')}</th>
                <th scope="col">{t('inbox.guides.answers')}</th>
                <th scope="col">{t('inbox.guides.helpful')}</th>
                {guideFeedbackReasons.map((reason) => (
                  <th scope="col" key={reason}>
                    {t(`inbox.guides.reason.${reason}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answers.summary.map((row) => (
                <tr key={row.guide + row.locale}>
                  <th scope="row">
                    <button type="button" class="inbox-link-button" onClick={() => set('guide', row.guide)}>
                      {guideTitle(row.guide)}
                    </button>
                  </th>
                  <td>{languageName(row.locale)}</td>
                  <td>{row.answers}</td>
                  <td>{percent.format(row.answers ? row.helpful / row.answers : 0)}</td>
                  {guideFeedbackReasons.map((reason) => (
                    <td key={reason}>{row.reasons[reason] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {filters.guide && guides.length > 0 && (
        <p>
          <button type="button" class="inbox-link-button" onClick={() => set('guide', '')}>
            {t('inbox.filters.clear')}
          </button>
        </p>
      )}
      {answers && (
        <section class="inbox-panel" aria-labelledby="inbox-comments-title">
          <h2 id="inbox-comments-title">{t('inbox.guides.comments')}</h2>
          {answers.comments.length === 0 ? (
            <p>{t('inbox.guides.noComments')}</p>
          ) : (
            <ol class="inbox-notes">
              {answers.comments.map((comment) => (
                <li key={comment.reference}>
                  <p class="inbox-meta">
                    <strong>{guideTitle(comment.guide)}</strong>
                    <span>{languageName(comment.locale)}</span>
                    <span>{comment.helpful ? t('inbox.guides.yes') : t('inbox.guides.no')}</span>
                    {comment.reason && (
                      <span>{t.known(`inbox.guides.reason.${comment.reason}`, 'inbox.guides.reason.other')}</span>
                    )}
                    {comment.step !== null && <span>{t('inbox.guides.atStep', { step: comment.step })}</span>}
                    <time dateTime={comment.receivedAt}>{date(comment.receivedAt)}</time>
                  </p>
                  {comment.comment && (
                    <p class="inbox-notes__body" lang={comment.locale}>
                      {comment.comment}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
          <p>
            <a href={client.guideExportUrl(filters)} download>
              {t('inbox.guides.export')}
            </a>
          </p>
        </section>
      )}
    </div>
  );
}
