import { useEffect, useState } from 'preact/hooks';
import { insightPeriods } from '../../api/insight-values.ts';
import type { Fix, Insights, SearchInsight } from '../../api/insights.ts';
import { StaffApiError } from '../../api/staff-client.ts';
import type { GuideFacts } from '../../content/guide-files.ts';
import { localeCodes } from '../../i18n/locales.ts';
import { siteUrl } from '../../lib/urls.ts';
import { sessionEnded } from '../../stores/inbox.ts';
import AddSearchTerm from './AddSearchTerm.tsx';
import { useInbox } from './context.ts';
import ErrorAlert from './ErrorAlert.tsx';
import FunnelChart from './FunnelChart.tsx';

type Props = { facts: Record<string, Record<string, GuideFacts>> };

function readQuery(): { days: number; locale: string } {
  const params = new URLSearchParams(location.search);
  const days = Number(params.get('days'));
  return {
    days: (insightPeriods as readonly number[]).includes(days) ? days : 30,
    locale: localeCodes.includes(params.get('locale') as never) ? (params.get('locale') as string) : '',
  };
}

/** The writers' insights: what to fix next, the guides, each walkthrough's funnel, search. */
export default function InsightsView({ facts }: Props) {
  const { t, client, staff, languageName, day, locale } = useInbox();
  const [query, setQuery] = useState(readQuery);
  const [insights, setInsights] = useState<Insights | undefined>();
  const [error, setError] = useState<string | undefined>();
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });

  useEffect(() => {
    setInsights(undefined);
    client
      .insights({ days: String(query.days), locale: query.locale || undefined })
      .then(setInsights)
      .catch((failure) => {
        if (!sessionEnded(failure)) setError(failure instanceof StaffApiError ? failure.code : 'other');
      });
  }, [query.days, query.locale]);

  function change(next: Partial<typeof query>) {
    const merged = { ...query, ...next };
    const search = new URLSearchParams({
      days: String(merged.days),
      ...(merged.locale ? { locale: merged.locale } : {}),
    });
    history.pushState(null, '', `${location.pathname}?${search}`);
    setQuery(merged);
  }

  const title = (guide: string, locale: string) => facts[locale]?.[guide]?.title ?? guide;
  if (!staff.guides)
    return (
      <div class="inbox-error" role="alert">
        {t('inbox.error.forbidden')}
      </div>
    );
  return (
    <div class="insights">
      <h1>{t('inbox.insights.heading')}</h1>
      <p class="inbox-muted">{t('inbox.insights.intro')}</p>
      <div class="insights-controls">
        <fieldset class="insights-period">
          <legend>{t('inbox.insights.period')}</legend>
          {insightPeriods.map((days) => (
            <label key={days} class="inbox-check">
              <input type="radio" name="period" checked={query.days === days} onChange={() => change({ days })} />
              {t('inbox.insights.days', { count: days })}
            </label>
          ))}
        </fieldset>
        <label class="inbox-field">
          <span>{t('inbox.insights.guides.language')}</span>
          <select value={query.locale} onChange={(event) => change({ locale: event.currentTarget.value })}>
            <option value="">{t('inbox.insights.allLanguages')}</option>
            {localeCodes.map((code) => (
              <option value={code} key={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <ErrorAlert code={error} />}
      <p role="status" class="inbox-muted">
        {insights ? t('inbox.insights.since', { date: day(insights.since) }) : t('inbox.loading')}
      </p>
      {insights && (
        <>
          <FixNext fixes={insights.fixNext} facts={facts} title={title} />
          <GuidesTable insights={insights} title={title} percent={percent} />
          <section class="inbox-panel" aria-labelledby="insights-funnels">
            <h2 id="insights-funnels">{t('inbox.insights.funnel.heading')}</h2>
            {insights.guides.flatMap((guide) =>
              guide.walkthroughs
                .filter((walkthrough) => walkthrough.starts > 0 || walkthrough.steps.length > 0)
                .map((walkthrough) => (
                  <FunnelChart
                    key={`${guide.guide}-${guide.locale}-${walkthrough.walkthrough}`}
                    walkthrough={walkthrough}
                    sentences={facts[guide.locale]?.[guide.guide]?.walkthroughs[walkthrough.walkthrough] ?? []}
                    caption={t('inbox.insights.funnel.title', {
                      guide: title(guide.guide, guide.locale),
                      language: languageName(guide.locale),
                      walkthrough: walkthrough.walkthrough,
                    })}
                    summary={t('inbox.insights.funnel.summary', {
                      starts: walkthrough.starts,
                      finishes: walkthrough.finishes,
                      refusals: walkthrough.refusals,
                    })}
                    locale={guide.locale}
                  />
                )),
            )}
          </section>
          <section class="inbox-panel" aria-labelledby="insights-search">
            <h2 id="insights-search">{t('inbox.insights.search.heading')}</h2>
            <div class="insights-search">
              <QueryTable
                heading={t('inbox.insights.search.noResult')}
                rows={insights.noResultQueries}
                count="noResult"
              />
              <QueryTable
                heading={t('inbox.insights.search.unopened')}
                rows={insights.unopenedQueries}
                count="unopened"
              />
              <QueryTable heading={t('inbox.insights.search.top')} rows={insights.topQueries} count="searches" />
            </div>
          </section>
        </>
      )}
    </div>
  );
}

function FixNext({
  fixes,
  facts,
  title,
}: {
  fixes: Fix[];
  facts: Props['facts'];
  title: (guide: string, locale: string) => string;
}) {
  const { t, languageName } = useInbox();
  return (
    <section class="inbox-panel" aria-labelledby="insights-fix">
      <h2 id="insights-fix">{t('inbox.insights.fix.heading')}</h2>
      <p class="inbox-muted">{t('inbox.insights.fix.intro')}</p>
      {fixes.length === 0 ? (
        <p>{t('inbox.insights.fix.none')}</p>
      ) : (
        <ol class="insights-fixes">
          {fixes.map((fix) => {
            const guide = fix.guide ? title(fix.guide, fix.locale) : '';
            const file = fix.guide
              ? (facts[fix.locale]?.[fix.guide]?.file ?? `content/guides/${fix.locale}/${fix.guide}.mdx`)
              : undefined;
            const sentence =
              fix.guide && fix.walkthrough && fix.step
                ? facts[fix.locale]?.[fix.guide]?.walkthroughs[fix.walkthrough]?.[fix.step - 1]
                : undefined;
            return (
              <li
                key={`${fix.kind}-${fix.locale}-${fix.guide ?? fix.query}-${fix.step ?? ''}`}
                class={`insights-fix insights-fix--${fix.kind}`}
              >
                <p class="insights-fix__title">
                  <strong>
                    {t.fill(`inbox.insights.fix.${fix.kind}`, { query: fix.query ?? '', guide, step: fix.step ?? '' })}
                  </strong>{' '}
                  <span class="inbox-status">{t('inbox.insights.fix.readers', { count: fix.readers })}</span>{' '}
                  <span class="inbox-muted">{languageName(fix.locale)}</span>
                </p>
                {fix.kind === 'drop-off' && sentence && <blockquote lang={fix.locale}>{sentence}</blockquote>}
                <p class="inbox-muted">
                  {fix.kind === 'no-result' && t('inbox.insights.fix.no-result.what')}
                  {fix.kind === 'unhelpful' &&
                    t('inbox.insights.fix.unhelpful.what', {
                      helpful: fix.evidence.helpful ?? 0,
                      answers: fix.evidence.answers ?? 0,
                    })}
                  {fix.kind === 'drop-off' &&
                    t('inbox.insights.fix.drop-off.what', {
                      reached: fix.evidence.reached ?? 0,
                      next: fix.evidence.next ?? 0,
                      wrong: fix.evidence.wrong ?? 0,
                      hints: fix.evidence.hints ?? 0,
                    })}
                </p>
                {fix.kind === 'no-result' && fix.query !== undefined && (
                  <AddSearchTerm query={fix.query} guides={facts[fix.locale] ?? {}} />
                )}
                <p class="insights-fix__links">
                  {fix.query !== undefined && (
                    <a href={siteUrl(`${fix.locale}/search/?q=${encodeURIComponent(fix.query)}`)}>
                      {t('inbox.insights.fix.try')}
                    </a>
                  )}
                  {fix.guide && (
                    <a href={siteUrl(`${fix.locale}/guides/${fix.guide}/`)}>{t('inbox.insights.fix.open')}</a>
                  )}
                  {file && (
                    <span>
                      {t('inbox.insights.fix.file')}: <code>{file}</code>
                    </span>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function GuidesTable({
  insights,
  title,
  percent,
}: {
  insights: Insights;
  title: (guide: string, locale: string) => string;
  percent: Intl.NumberFormat;
}) {
  const { t, languageName } = useInbox();
  if (insights.guides.length === 0) return <p class="inbox-empty">{t('inbox.insights.empty')}</p>;
  return (
    <section class="inbox-panel" aria-labelledby="insights-guides">
      <h2 id="insights-guides">{t('inbox.insights.guides.heading')}</h2>
      <div class="inbox-scroll">
        <table class="inbox-table inbox-table--plain">
          <thead>
            <tr>
              <th scope="col">{t('inbox.insights.guides.guide')}</th>
              <th scope="col">{t('inbox.insights.guides.language')}</th>
              <th scope="col">{t('inbox.insights.guides.views')}</th>
              <th scope="col">{t('inbox.insights.guides.helpful')}</th>
              <th scope="col">{t('inbox.insights.guides.starts')}</th>
              <th scope="col">{t('inbox.insights.guides.completion')}</th>
            </tr>
          </thead>
          <tbody>
            {insights.guides.map((guide) => {
              const starts = guide.walkthroughs.reduce((sum, walkthrough) => sum + walkthrough.starts, 0);
              const finishes = guide.walkthroughs.reduce((sum, walkthrough) => sum + walkthrough.finishes, 0);
              return (
                <tr key={`${guide.guide}-${guide.locale}`}>
                  <th scope="row">{title(guide.guide, guide.locale)}</th>
                  <td>{languageName(guide.locale)}</td>
                  <td>{guide.views}</td>
                  <td>
                    {guide.answers > 0
                      ? `${percent.format(guide.helpful / guide.answers)} (${guide.helpful}/${guide.answers})`
                      : t('inbox.insights.guides.noAnswers')}
                  </td>
                  <td>{starts}</td>
                  <td>{starts > 0 ? percent.format(finishes / starts) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function QueryTable({
  heading,
  rows,
  count,
}: {
  heading: string;
  rows: SearchInsight[];
  count: 'noResult' | 'unopened' | 'searches';
}) {
  const { t, languageName } = useInbox();
  const value = (row: SearchInsight) =>
    count === 'unopened'
      ? row.searches - row.noResult - row.opened
      : count === 'noResult'
        ? row.noResult
        : row.searches;
  return (
    <div>
      <h3>{heading}</h3>
      {rows.length === 0 ? (
        <p class="inbox-muted">{t('inbox.insights.search.none')}</p>
      ) : (
        <table class="inbox-table inbox-table--plain">
          <thead>
            <tr>
              <th scope="col">{t('inbox.insights.search.query')}</th>
              <th scope="col">{t('inbox.insights.guides.language')}</th>
              <th scope="col">{t('inbox.insights.search.searches')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.locale}-${row.query}`}>
                <th scope="row">
                  <a href={siteUrl(`${row.locale}/search/?q=${encodeURIComponent(row.query)}`)} lang={row.locale}>
                    {row.query}
                  </a>
                </th>
                <td>{languageName(row.locale)}</td>
                <td>{value(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
