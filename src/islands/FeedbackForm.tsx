import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type FeedbackFieldName, FeedbackInputSchema, feedbackKinds, feedbackLimits } from '../api/feedback.ts';
import type { FeedbackIslandKey } from '../content/service-text.ts';
import { type IslandStrings, islandTranslate } from '../i18n/island-strings.ts';
import type { Locale } from '../i18n/locales.ts';
import { type SubmitOutcome, submitFeedback } from '../stores/feedback-delivery.ts';
import { clearDraft, draftStore, type FeedbackDraft } from '../stores/feedback-draft.ts';
import ErrorSummary from './feedback/ErrorSummary.tsx';
import { errorMessage, fieldErrorsOf } from './feedback/field-errors.ts';
import MessageCounter from './feedback/MessageCounter.tsx';
import './feedback/feedback.css';

type Props = {
  /** A service id, or `help-center` for a missing guide. */
  service: string;
  locale: Locale;
  strings: IslandStrings<FeedbackIslandKey>;
  /** Fill the subject from `?suggest=` (the search's "no result" link). */
  acceptSuggestion?: boolean;
};

const fieldOrder: FeedbackFieldName[] = ['kind', 'subject', 'message', 'email', 'replyConsent'];

/**
 * A service's feedback form. The draft is saved as the reader types; on submit it is checked
 * against the API's own schema, then handed to the outbox, which delivers it or keeps it until it can.
 */
export default function FeedbackForm({ service, locale, strings, acceptSuggestion }: Props) {
  const $draft = draftStore(service);
  const draft = useStore($draft, { ssr: 'initial' });
  const [hydrated, setHydrated] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const [suggested, setSuggested] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = (field: string) => `fb-${service}-${field}`;
  const t = islandTranslate(locale, strings);

  useEffect(() => {
    setHydrated(true);
    if (!acceptSuggestion) return;
    const query = new URLSearchParams(location.search).get('suggest')?.trim().slice(0, 80);
    if (!query) return;
    $draft.set({
      ...$draft.get(),
      kind: $draft.get().kind || 'suggestion',
      subject: t('feedback.suggest.subject', { query }),
    });
    setSuggested(true);
  }, []);

  // Once the fields are enabled, take the reader who came from the search straight to the message.
  useEffect(() => {
    if (!suggested || !hydrated) return;
    formRef.current?.scrollIntoView({ block: 'start' });
    document.getElementById(id('message'))?.focus({ preventScroll: true });
  }, [suggested, hydrated]);

  const change = (field: keyof FeedbackDraft, value: string | boolean) =>
    $draft.set({ ...$draft.get(), [field]: value });

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    setStatus('');
    const input = {
      service,
      locale,
      kind: draft.kind,
      subject: draft.subject,
      message: draft.message,
      email: draft.email,
      replyConsent: draft.replyConsent,
      website: (formRef.current?.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '',
    };
    const parsed = FeedbackInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    setSending(true);
    const result = await submitFeedback('feedback', parsed.data);
    setSending(false);
    if (result.outcome === 'invalid') {
      setErrors(result.fieldErrors);
      return;
    }
    clearDraft(service);
    setStatus(statusText(result));
  }

  function statusText(result: Exclude<SubmitOutcome, { outcome: 'invalid' }>): string {
    if (result.outcome === 'sent') return t('feedback.status.sent', { reference: result.reference });
    if (result.problem === 'offline') return t('feedback.status.offline');
    if (result.problem === 'rate-limited')
      return t('feedback.status.rateLimited', { seconds: result.retryAfterSeconds ?? 30 });
    if (result.problem === 'server' || result.problem === 'timeout') return t('feedback.status.server');
    return t('feedback.status.queued');
  }

  const summary = fieldOrder
    .filter((field) => errors[field])
    .map((field) => ({
      fieldId: field === 'kind' ? id('kind-suggestion') : id(field),
      message: errorMessage(t, 'feedback', field, errors[field] as string),
    }));
  // An error on a field the form does not show (a newer server): still say something.
  const unknown = Object.keys(errors).filter((field) => !fieldOrder.includes(field as FeedbackFieldName));
  if (unknown.length > 0 && summary.length === 0)
    summary.push({ fieldId: id('subject'), message: t('feedback.error.other') });

  const invalid = (field: FeedbackFieldName) => (errors[field] ? { 'aria-invalid': 'true' as const } : {});
  const described = (field: FeedbackFieldName, hint = true) =>
    [hint ? id(`${field}-hint`) : '', errors[field] ? id(`${field}-error`) : ''].filter(Boolean).join(' ') || undefined;
  const inlineError = (field: FeedbackFieldName) =>
    errors[field] && (
      <p class="fb-error" id={id(`${field}-error`)}>
        {errorMessage(t, 'feedback', field, errors[field] as string)}
      </p>
    );

  return (
    <div class="fb">
      <p class="fb-status" role="status">
        {status}
      </p>
      <form data-feedback-form={service} noValidate onSubmit={submit} ref={formRef} class="fb-form">
        {summary.length > 0 && <ErrorSummary title={t('feedback.errorSummary.title')} errors={summary} />}
        <fieldset class={`fb-field${errors.kind ? ' fb-field--error' : ''}`} disabled={!hydrated} {...invalid('kind')}>
          <legend>{t('feedback.kind.legend')}</legend>
          {inlineError('kind')}
          <div class="fb-choices">
            {feedbackKinds.map((kind) => (
              <label class="fb-choice" key={kind}>
                <input
                  type="radio"
                  name="kind"
                  id={id(`kind-${kind}`)}
                  value={kind}
                  checked={draft.kind === kind}
                  onChange={() => change('kind', kind)}
                  aria-describedby={errors.kind ? id('kind-error') : undefined}
                  {...invalid('kind')}
                />
                {t(`feedback.kind.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>

        <div class={`fb-field${errors.subject ? ' fb-field--error' : ''}`}>
          <label for={id('subject')}>{t('feedback.subject.label')}</label>
          <p class="fb-hint" id={id('subject-hint')}>
            {t('feedback.subject.hint', feedbackLimits.subject)}
          </p>
          {inlineError('subject')}
          <input
            type="text"
            id={id('subject')}
            name="subject"
            dir="auto"
            autocomplete="off"
            value={draft.subject}
            onInput={(event) => change('subject', event.currentTarget.value)}
            disabled={!hydrated}
            aria-describedby={described('subject')}
            {...invalid('subject')}
          />
        </div>

        <div class={`fb-field${errors.message ? ' fb-field--error' : ''}`}>
          <label for={id('message')}>{t('feedback.message.label')}</label>
          <p class="fb-hint" id={id('message-hint')}>
            {t('feedback.message.hint', feedbackLimits.message)}
          </p>
          {inlineError('message')}
          <textarea
            id={id('message')}
            name="message"
            dir="auto"
            rows={8}
            value={draft.message}
            onInput={(event) => change('message', event.currentTarget.value)}
            disabled={!hydrated}
            aria-describedby={[described('message'), id('message-counter')].filter(Boolean).join(' ')}
            {...invalid('message')}
          />
          <MessageCounter id={id('message-counter')} text={draft.message} t={t} />
        </div>

        <div class={`fb-field${errors.email ? ' fb-field--error' : ''}`}>
          <label for={id('email')}>{t('feedback.email.label')}</label>
          <p class="fb-hint" id={id('email-hint')}>
            {t('feedback.email.hint')}
          </p>
          {inlineError('email')}
          <input
            type="email"
            id={id('email')}
            name="email"
            autocomplete="email"
            spellcheck={false}
            value={draft.email}
            onInput={(event) => change('email', event.currentTarget.value)}
            disabled={!hydrated}
            aria-describedby={described('email')}
            {...invalid('email')}
          />
        </div>

        <div class={`fb-field${errors.replyConsent ? ' fb-field--error' : ''}`}>
          {inlineError('replyConsent')}
          <label class="fb-choice">
            <input
              type="checkbox"
              id={id('replyConsent')}
              name="replyConsent"
              checked={draft.replyConsent}
              onChange={(event) => change('replyConsent', event.currentTarget.checked)}
              disabled={!hydrated}
              aria-describedby={described('replyConsent', false)}
              {...invalid('replyConsent')}
            />
            {t('feedback.consent.label')}
          </label>
        </div>

        {/* Hidden from people (and assistive technology); bots that fill every field fill it. */}
        <div class="fb-honeypot" aria-hidden="true">
          <label for={id('website')}>{t('feedback.honeypot.label')}</label>
          <input type="text" id={id('website')} name="website" tabIndex={-1} autocomplete="off" />
        </div>

        <button type="submit" class="button" disabled={!hydrated || sending} aria-disabled={sending}>
          {sending ? t('feedback.submitting') : t('feedback.submit')}
        </button>
      </form>
    </div>
  );
}
