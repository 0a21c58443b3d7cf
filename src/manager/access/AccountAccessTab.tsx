import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import type { Session } from '../../api/index.ts';
import { useManager } from '../context.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { Icon } from '../shared/Icon.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { asApiError, useLoad } from '../shared/useLoad.ts';

/** The devices connected to the account; the icon next to a device's name ends its session. */
export function AccountAccessTab() {
  const { t, api, locale } = useManager();
  const list = useLoad(api.getSessions);
  const [ending, setEnding] = useState<Session | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <ErrorNotice error={list.error} onRetry={list.reload} />;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  async function end(session: Session) {
    setEnding(null);
    setError(null);
    try {
      list.setData(await api.endSession(session.id));
      setDone(t('sandbox.access.ended', { device: session.device }));
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  return (
    <>
      {error && <ErrorNotice error={error} />}
      <Announcement message={done} />
      <ul class="mgr-list">
        {list.data.sessions.map((session) => (
          <li key={session.id} class="mgr-list__row">
            <Icon name={session.kind} size={24} />
            <div class="mgr-list__main">
              <p class="mgr-strong">
                {session.device}{' '}
                {session.isCurrent ? (
                  <span class="mgr-badge">{t('sandbox.access.thisDevice')}</span>
                ) : (
                  <button
                    type="button"
                    class="mgr-icon-button mgr-icon-button--danger mgr-inline"
                    aria-label={t('sandbox.access.endSession', { device: session.device })}
                    title={t('sandbox.access.endSession', { device: session.device })}
                    data-target="end-session"
                    onClick={() => {
                      setDone(null);
                      setEnding(session);
                    }}
                  >
                    <Icon name="logout" size={18} />
                  </button>
                )}
              </p>
              <p class="mgr-muted mgr-small">
                {session.browser} · {session.location} ·{' '}
                {t('sandbox.access.lastActive', { date: when.format(new Date(session.lastActiveAt)) })}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {ending && (
        <Dialog title={t('sandbox.access.endTitle', { device: ending.device })} onClose={() => setEnding(null)}>
          <p>{t('sandbox.access.endBody')}</p>
          <div class="mgr-actions">
            <button type="button" class="mgr-button mgr-button--ghost" data-autofocus onClick={() => setEnding(null)}>
              {t('sandbox.cancel')}
            </button>
            <button
              type="button"
              class="mgr-button mgr-button--danger"
              data-target="confirm-end-session"
              onClick={() => end(ending)}
            >
              {t('sandbox.access.endConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
