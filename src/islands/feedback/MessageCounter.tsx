import { useEffect, useState } from 'preact/hooks';
import { feedbackLimits, textLength } from '../../api/feedback-limits.ts';
import type { IslandTranslate } from '../../i18n/island-strings.ts';

type Props = { id: string; text: string; t: IslandTranslate<'feedback.counter' | 'feedback.counter.over'> };

/**
 * "120 of 5000 characters" under the message. The visible count follows every keystroke; screen
 * readers hear it only once the reader pauses, as the GOV.UK character count does.
 */
export default function MessageCounter({ id, text, t }: Props) {
  const { max } = feedbackLimits.message;
  const count = textLength(text.trim());
  const over = count > max;
  const label = over
    ? t('feedback.counter.over', { count, excess: count - max })
    : t('feedback.counter', { count, max });
  const [announced, setAnnounced] = useState(label);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(label), 1000);
    return () => clearTimeout(timer);
  }, [label]);
  return (
    <>
      <p class={`fb-counter${over ? ' fb-counter--over' : ''}`} id={id} aria-hidden="true">
        {label}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
