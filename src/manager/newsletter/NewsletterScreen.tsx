import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import type { NewsletterThemeId } from '../../api/index.ts';
import type { PracticeKey } from '../../i18n/practice-strings.ts';
import { useManager } from '../context.ts';
import { Icon } from '../shared/Icon.tsx';
import { Screen } from '../shared/Screen.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { asApiError, useLoad } from '../shared/useLoad.ts';

/** Infomaniak News: a toggle icon left of each theme, then Save. */
export function NewsletterScreen() {
  const { t, api } = useManager();
  const subscriptions = useLoad(api.getNewsletter);
  // null until the reader toggles a theme: until then the saved subscriptions are shown.
  const [edited, setEdited] = useState<NewsletterThemeId[] | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (subscriptions.status === 'loading') return <Loading />;
  if (subscriptions.status === 'error')
    return <ErrorNotice error={subscriptions.error} onRetry={subscriptions.reload} />;
  const saved = subscriptions.data.themes.filter((theme) => theme.subscribed).map((theme) => theme.id);
  const chosen = edited ?? saved;

  // Functional update: two quick clicks (a walkthrough, a fast reader) must not lose the first one.
  const toggle = (id: NewsletterThemeId) => {
    setSavedMessage(null);
    setEdited((current) => {
      const before = current ?? saved;
      return before.includes(id) ? before.filter((other) => other !== id) : [...before, id];
    });
  };

  async function save() {
    setBusy(true);
    setError(null);
    setSavedMessage(null);
    try {
      subscriptions.setData(await api.saveNewsletter({ subscribed: chosen }));
      setEdited(null);
      setSavedMessage(t('sandbox.saved'));
    } catch (caught) {
      setError(asApiError(caught));
    }
    setBusy(false);
  }

  return (
    <Screen title={t('sandbox.news.title')} back="profile">
      <ul class="mgr-list">
        {subscriptions.data.themes.map(({ id }) => {
          const on = chosen.includes(id);
          const theme = t(`sandbox.news.theme.${id}` as PracticeKey);
          return (
            <li key={id} class="mgr-list__row">
              <button
                type="button"
                class={on ? 'mgr-toggle mgr-toggle--on' : 'mgr-toggle'}
                aria-pressed={on}
                aria-label={t('sandbox.news.subscribe', { theme })}
                data-target="newsletter-theme-toggle"
                data-theme={id}
                onClick={() => toggle(id)}
              >
                <Icon name={on ? 'toggleOn' : 'toggleOff'} size={24} />
              </button>
              <span class="mgr-list__main">{theme}</span>
              <span class="mgr-muted mgr-small">
                {t(on ? 'sandbox.news.subscribed' : 'sandbox.news.notSubscribed')}
              </span>
            </li>
          );
        })}
      </ul>
      {error && <ErrorNotice error={error} />}
      <div class="mgr-actions">
        <button
          type="button"
          class="mgr-button mgr-button--primary"
          data-target="newsletter-save"
          disabled={busy}
          onClick={save}
        >
          {busy ? t('sandbox.saving') : t('manager.save')}
        </button>
      </div>
      <Announcement message={savedMessage} />
    </Screen>
  );
}
