import type { GuideInsight } from '../../api/insights.ts';
import { useInbox } from './context.ts';

type Props = {
  walkthrough: GuideInsight['walkthroughs'][number];
  /** The step sentences of this walkthrough, in the guide's language. */
  sentences: string[];
  caption: string;
  summary: string;
  /** The guide's language, for its sentences. */
  locale: string;
};

const rowHeight = 26;
const labelWidth = 64;
const width = 360;
const barSpace = width - labelWidth - 40;

/**
 * Readers reaching each step, as bars (SVG drawn here: smaller than any chart library), then each
 * step's sentence with its wrong clicks and hints; the same figures as a table for screen readers.
 */
export default function FunnelChart({ walkthrough, sentences, caption, summary, locale }: Props) {
  const { t } = useInbox();
  const rows = [
    ...walkthrough.steps.map((step) => ({
      key: `step-${step.step}`,
      label: String(step.step),
      reached: step.reached,
      end: false,
    })),
    { key: 'end', label: '✓', reached: walkthrough.finishes, end: true },
  ];
  const top = Math.max(walkthrough.starts, ...rows.map((row) => row.reached), 1);
  return (
    <figure class="insights-funnel">
      <figcaption>
        {caption}
        <span class="insights-funnel__summary">{summary}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${rows.length * rowHeight}`}
        class="insights-funnel__chart"
        aria-hidden="true"
        focusable="false"
      >
        {rows.map((row, index) => {
          const y = index * rowHeight;
          const length = Math.max(2, (row.reached / top) * barSpace);
          return (
            <g key={row.key}>
              <text x={labelWidth - 10} y={y + 17} text-anchor="end" class="insights-funnel__label">
                {row.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={length}
                height={rowHeight - 9}
                rx={3}
                class={row.end ? 'insights-funnel__bar insights-funnel__bar--end' : 'insights-funnel__bar'}
              />
              <text x={labelWidth + length + 6} y={y + 17} class="insights-funnel__value">
                {row.reached}
              </text>
            </g>
          );
        })}
      </svg>
      <ol class="insights-funnel__sentences">
        {walkthrough.steps.map((step) => (
          <li key={step.step} value={step.step}>
            <span lang={locale}>
              {sentences[step.step - 1] ?? t('inbox.insights.funnel.step', { step: step.step })}
            </span>
            {(step.wrong > 0 || step.hints > 0) && (
              <span class="insights-funnel__trouble">
                {' '}
                ({t('inbox.insights.funnel.wrong')}: {step.wrong}, {t('inbox.insights.funnel.hints')}: {step.hints})
              </span>
            )}
          </li>
        ))}
      </ol>
      <details class="insights-funnel__table">
        <summary>{t('inbox.insights.funnel.table')}</summary>
        <table class="inbox-table inbox-table--plain">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inbox.insights.funnel.step', { step: '' }).trim()}</th>
              <th scope="col">{t('inbox.insights.funnel.reached')}</th>
              <th scope="col">{t('inbox.insights.funnel.wrong')}</th>
              <th scope="col">{t('inbox.insights.funnel.hints')}</th>
            </tr>
          </thead>
          <tbody>
            {walkthrough.steps.map((step) => (
              <tr key={step.step}>
                <th scope="row">
                  {step.step}. <span lang={locale}>{sentences[step.step - 1] ?? ''}</span>
                </th>
                <td>{step.reached}</td>
                <td>{step.wrong}</td>
                <td>{step.hints}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('inbox.insights.funnel.finished')}</th>
              <td>{walkthrough.finishes}</td>
              <td>—</td>
              <td>—</td>
            </tr>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
