import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { FeedbackInput, GuideFeedbackInput } from '../api/feedback.ts';
import type { FeedbackIslandKey } from '../content/service-text.ts';
import { type IslandStrings, type IslandTranslate, islandTranslate } from '../i18n/island-strings.ts';
import type { Locale } from '../i18n/locales.ts';
import { resumeDelivery } from '../stores/feedback-delivery.ts';
import { $feedbackOutbox, type OutboxEntry } from '../stores/feedback-outbox.ts';
import './feedback/feedback.css';

type Props = {
  locale: Locale;
  strings: IslandStrings<FeedbackIslandKey>;
  /** Service id → its name in the page's language. */
  serviceNames: Record<string, string>;
};

const excerptLength = 160;

/** The first characters of a reader's text, cut on a character (never inside an emoji). */
const excerpt = (text: string) => {
  const characters = [...text];
  return characters.length > excerptLength ? `${characters.slice(0, excerptLength).join('')}…` : text;
};

/**
 * "My feedback on this device": everything this browser sent or still holds, newest first, with
 * its state. Mounting it also resumes delivering what an earlier visit left waiting.
 */
export default function MyFeedback({ locale, strings, serviceNames }: Props) {
  const entries = useStore($feedbackOutbox, { ssr: 'initial' });
  const [online, setOnline] = useState(true);
  const t = islandTranslate(locale, strings);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  useEffect(() => {
    resumeDelivery();
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const newestFirst = [...entries].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <section class="fb-mine" aria-labelledby="fb-mine-title">
      <h2 id="fb-mine-title">{t('feedback.mine.title')}</h2>
      <p class="fb-hint">{t('feedback.mine.intro')}</p>
      {newestFirst.length === 0 ? (
        <p>{t('feedback.mine.empty')}</p>
      ) : (
        <ul class="fb-mine__list" aria-live="polite">
          {newestFirst.map((entry) => (
            <li class="fb-mine__item" key={entry.key} data-state={entry.state}>
              <Entry
                entry={entry}
                t={t}
                serviceNames={serviceNames}
                when={dates.format(entry.createdAt)}
                online={online}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type EntryProps = {
  entry: OutboxEntry;
  t: IslandTranslate<FeedbackIslandKey>;
  serviceNames: Record<string, string>;
  when: string;
  online: boolean;
};

function Entry({ entry, t, serviceNames, when, online }: EntryProps) {
  const state =
    entry.state === 'sent'
      ? t('feedback.mine.sent', { reference: entry.reference ?? '' })
      : online
        ? t('feedback.mine.waiting')
        : t('feedback.mine.waitingOffline');
  if (entry.endpoint === 'guideFeedback') {
    const body = entry.body as GuideFeedbackInput;
    return (
      <>
        <p class="fb-mine__title">{t('feedback.mine.guide', { guide: body.guide })}</p>
        <p class="fb-mine__meta">
          {when} · {body.helpful ? t('helpful.yes') : t('helpful.no')}
          {body.reason ? ` · ${t(`helpful.reason.${body.reason}`)}` : ''}
        </p>
        {body.comment && <p class="fb-mine__excerpt">{excerpt(body.comment)}</p>}
        <p class="fb-mine__state">{state}</p>
      </>
    );
  }
  const body = entry.body as FeedbackInput;
  return (
    <>
      <p class="fb-mine__title">
        <bdi>{body.subject}</bdi>
      </p>
      <p class="fb-mine__meta">
        {serviceNames[body.service] ?? body.service} · {t(`feedback.kind.${body.kind}`)} · {when}
      </p>
      <p class="fb-mine__excerpt" dir="auto">
        {excerpt(body.message)}
      </p>
      <p class="fb-mine__state">{state}</p>
    </>
  );
}
