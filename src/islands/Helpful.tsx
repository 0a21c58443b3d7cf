import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideFeedbackInput } from '../api/feedback.ts';
import { feedbackLimits, guideFeedbackReasons, textLength } from '../api/feedback-limits.ts';
import type { HelpfulIslandKey } from '../content/service-text.ts';
import { type IslandStrings, islandTranslate } from '../i18n/island-strings.ts';
import type { Locale } from '../i18n/locales.ts';
import ErrorSummary from './feedback/ErrorSummary.tsx';
import { errorMessage } from './feedback/field-errors.ts';
import './feedback/fields.css';
import './feedback/helpful.css';

type Props = {
  guide: string;
  locale: Locale;
  strings: IslandStrings<HelpfulIslandKey>;
  /** The answer the reader gave on the static question, which loaded this island (guide-helpful.ts). */
  answer: 'yes' | 'no';
};

type Reason = (typeof guideFeedbackReasons)[number];
type Stage = 'ask' | 'why' | 'sending' | 'done';

/**
 * "Was this guide helpful?" once answered: Yes sends at once; No asks why. The page shows the
 * question as plain HTML; this island replaces it on the first answer (guide-helpful.ts). The
 * answer goes through the same outbox as the feedback form.
 */
export default function Helpful({ guide, locale, strings, answer }: Props) {
  const [stage, setStage] = useState<Stage>(answer === 'no' ? 'why' : 'sending');
  const [reason, setReason] = useState<Reason | ''>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const t = islandTranslate(locale, strings);
  const id = (part: string) => `helpful-${part}`;
  const section = useRef<HTMLElement>(null);
  // The button the reader pressed is gone: focus goes to what follows it (the reasons, or the
  // question once answered), never to the top of the page.
  useEffect(() => {
    if (answer === 'yes') void send(true);
    else section.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }, []);
  useEffect(() => {
    if (stage === 'done') section.current?.querySelector<HTMLElement>('.helpful__title')?.focus();
  }, [stage]);

  async function send(helpful: boolean) {
    const found: Record<string, string> = {};
    if (!helpful && !reason) found.reason = 'required';
    if (textLength(comment.trim()) > feedbackLimits.comment.max) found.comment = 'too-long';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setStage('sending');
    const body: GuideFeedbackInput = {
      guide: guide as GuideFeedbackInput['guide'],
      locale,
      helpful,
      ...(helpful ? {} : { reason: reason as Reason, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
    };
    const { submitFeedback } = await import('../stores/feedback-delivery.ts');
    const result = await submitFeedback('guideFeedback', body);
    if (result.outcome === 'invalid') {
      setErrors(result.fieldErrors);
      setStage(helpful ? 'ask' : 'why');
      return;
    }
    setStatus(result.outcome === 'sent' ? t('helpful.thanks') : t('helpful.queued'));
    setStage('done');
  }

  const message = (field: 'reason' | 'comment') => errorMessage(t, 'helpful', field, errors[field] ?? '');
  const summary = (['reason', 'comment'] as const)
    .filter((field) => errors[field])
    .map((field) => ({
      fieldId: field === 'reason' ? id('reason-missing-step') : id('comment'),
      message: message(field),
    }));

  return (
    <section class="helpful" aria-labelledby={id('title')} ref={section}>
      <h2 id={id('title')} class="helpful__title" tabIndex={-1}>
        {t('helpful.question')}
      </h2>
      <p role="status" class="helpful__status">
        {status}
      </p>
      {(stage === 'ask' || (stage === 'sending' && !reason)) && (
        <div class="helpful__answers">
          <button type="button" disabled={stage === 'sending'} onClick={() => send(true)}>
            {t('helpful.yes')}
          </button>
          <button type="button" disabled={stage === 'sending'} onClick={() => setStage('why')}>
            {t('helpful.no')}
          </button>
        </div>
      )}
      {(stage === 'why' || (stage === 'sending' && reason)) && (
        <form
          class="helpful__why"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send(false);
          }}
        >
          {summary.length > 0 && <ErrorSummary title={t('feedback.errorSummary.title')} errors={summary} />}
          <fieldset class="fb-field" {...(errors.reason ? { 'aria-invalid': 'true' } : {})}>
            <legend>{t('helpful.reason.legend')}</legend>
            {errors.reason && (
              <p class="fb-error" id={id('reason-error')}>
                {message('reason')}
              </p>
            )}
            {guideFeedbackReasons.map((value) => (
              <label class="fb-choice" key={value}>
                <input
                  type="radio"
                  name="reason"
                  id={id(`reason-${value}`)}
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                  {...(errors.reason ? { 'aria-invalid': 'true', 'aria-describedby': id('reason-error') } : {})}
                />
                {t(`helpful.reason.${value}`)}
              </label>
            ))}
          </fieldset>
          <div class="fb-field">
            <label for={id('comment')}>{t('helpful.comment.label')}</label>
            <p class="fb-hint" id={id('comment-hint')}>
              {t('helpful.comment.hint', { max: feedbackLimits.comment.max })}
            </p>
            {errors.comment && (
              <p class="fb-error" id={id('comment-error')}>
                {message('comment')}
              </p>
            )}
            <textarea
              id={id('comment')}
              rows={3}
              dir="auto"
              value={comment}
              onInput={(event) => setComment(event.currentTarget.value)}
              aria-describedby={errors.comment ? `${id('comment-hint')} ${id('comment-error')}` : id('comment-hint')}
              {...(errors.comment ? { 'aria-invalid': 'true' } : {})}
            />
          </div>
          <button type="submit" disabled={stage === 'sending'}>
            {t('helpful.send')}
          </button>
        </form>
      )}
    </section>
  );
}
