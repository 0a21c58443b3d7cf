import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createStaffClient } from '../../api/staff-client.ts';
import type { Locale } from '../../i18n/locales.ts';
import { siteUrl } from '../../lib/urls.ts';
import { $inboxLocale, $staff, loadSession } from '../../stores/inbox.ts';
import type { InboxKey } from '../../content/inbox-text.ts';
import type { IslandStrings } from '../../i18n/island-strings.ts';
import { InboxContext, speak } from './context.ts';
import FeedbackDetail from './FeedbackDetail.tsx';
import FeedbackList from './FeedbackList.tsx';
import GuideAnswers from './GuideAnswers.tsx';
import InsightsView from './InsightsView.tsx';
import type { GuideFacts } from '../../content/guide-files.ts';
import InboxHeader from './InboxHeader.tsx';
import SignIn from './SignIn.tsx';
import './inbox.css';

export type InboxView = 'feedback' | 'detail' | 'guides' | 'insights';

type Props = {
  view: InboxView;
  /** The inbox's strings in each locale: the person picks the language here, not in the URL. */
  strings: Record<Locale, IslandStrings<InboxKey>>;
  guideTitles: Record<Locale, Record<string, string>>;
  /** The insights page only: each guide's file and walkthrough sentences. */
  guideFacts?: Record<Locale, Record<string, GuideFacts>>;
};

const client = createStaffClient();

/**
 * The staff inbox: asks the service who is signed in, then shows the sign-in form or the view of
 * this page. Nothing of the feedback is in the page itself; it all comes from the staff API.
 */
export default function InboxApp({ view, strings, guideTitles, guideFacts }: Props) {
  const locale = useStore($inboxLocale);
  const staff = useStore($staff);
  const [failed, setFailed] = useState(false);
  const words = useMemo(() => speak(locale, strings[locale], guideTitles[locale]), [locale]);

  useEffect(() => {
    loadSession(client).catch(() => setFailed(true));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    const heading = {
      feedback: 'inbox.title',
      detail: 'inbox.title',
      guides: 'inbox.nav.guides',
      insights: 'inbox.nav.insights',
    } as const;
    document.title = `${words.t(heading[view])} · ${words.t('inbox.brand')}`;
  }, [locale, view]);

  if (failed) {
    return (
      <div class="inbox-notice" role="alert">
        <p>{words.t('inbox.error.network')}</p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {words.t('inbox.retry')}
        </button>
      </div>
    );
  }
  if (staff === undefined) return <p role="status">{words.t('inbox.loading')}</p>;
  const href = (path: string) => siteUrl(`inbox/${path}`);
  if (staff === null) {
    return (
      <div class="inbox">
        <InboxHeader words={words} locale={locale} client={client} />
        <SignIn words={words} client={client} />
      </div>
    );
  }
  return (
    <InboxContext.Provider value={{ ...words, locale, client, staff, href }}>
      <div class="inbox">
        <InboxHeader words={words} locale={locale} client={client} current={view === 'detail' ? 'feedback' : view} />
        {view === 'feedback' && <FeedbackList />}
        {view === 'detail' && <FeedbackDetail />}
        {view === 'guides' && <GuideAnswers />}
        {view === 'insights' && <InsightsView facts={guideFacts ?? ({} as never)} />}
      </div>
    </InboxContext.Provider>
  );
}
