import type { Ref } from 'preact';
import type { PracticeTranslate } from '../../i18n/practice-strings.ts';
import type { Outcome } from '../../walkthroughs/runner.ts';
import type { ActionHint } from '../../walkthroughs/script.ts';

/**
 * The end of a walkthrough: what changed in the practice account, that the real one was not
 * touched, and the guide's own helpfulness question (a link to it, not a copy).
 */
export function Summary({
  t,
  outcome,
  headingRef,
  offer,
  onOffer,
  onRestart,
  onClose,
  onHelpful,
}: {
  t: PracticeTranslate;
  outcome: Outcome;
  headingRef: Ref<HTMLHeadingElement>;
  offer: ActionHint | null;
  onOffer: () => void;
  onRestart: () => void;
  onClose: () => void;
  /** Closes the walkthrough and takes the reader to the guide's helpfulness question (#helpful). */
  onHelpful: () => void;
}) {
  return (
    <div class="wt-summary">
      <h2 class="wt-summary__title" tabIndex={-1} ref={headingRef}>
        {t(outcome.refusal ? 'walkthrough.done.refusedTitle' : 'walkthrough.done.title')}
      </h2>
      {outcome.refusal && (
        <div class="wt-summary__refusal">
          <p>{t('walkthrough.done.refusedAnswer')}</p>
          <blockquote>
            {outcome.refusal.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </blockquote>
        </div>
      )}
      {!outcome.refusal &&
        (outcome.changes.length > 0 ? (
          <>
            <h3 class="wt-summary__subtitle">{t('walkthrough.done.changes')}</h3>
            <ul class="wt-summary__changes">
              {outcome.changes.map((change) => (
                <li key={change.label}>
                  {t('walkthrough.done.change', { label: change.label, before: change.before, after: change.text })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('walkthrough.done.noChange')}</p>
        ))}
      <p class="wt-summary__safe">{t('walkthrough.done.realAccount')}</p>
      <p>
        <button type="button" class="wt-link" onClick={onHelpful}>
          {t('walkthrough.done.helpful')}
        </button>
      </p>
      <div class="wt-summary__actions">
        {offer && (
          <button type="button" class="wt-button wt-button--primary" onClick={onOffer}>
            {t(offer)}
          </button>
        )}
        <button type="button" class="wt-button" onClick={onRestart}>
          {t('walkthrough.restart')}
        </button>
        <button type="button" class="wt-button" onClick={onClose}>
          {t('walkthrough.done.close')}
        </button>
      </div>
    </div>
  );
}
