import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import { formatDate } from '../../i18n/dates.ts';
import { $managerScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Icon } from '../shared/Icon.tsx';
import { Screen } from '../shared/Screen.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { asApiError, useLoad } from '../shared/useLoad.ts';
import { domainStatusKey } from './status.ts';

/** One domain. A failed transfer shows its instructions in red at the top, and a retry that costs nothing. */
export function DomainScreen() {
  const { t, api, locale } = useManager();
  const { domainName = '' } = useStore($managerScreen);
  const domain = useLoad(() => api.getDomain(domainName), [domainName]);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [retried, setRetried] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (domain.status === 'loading') return <Loading />;
  if (domain.status === 'error') return <ErrorNotice error={domain.error} onRetry={domain.reload} />;
  const { transfer } = domain.data;

  async function retry() {
    setBusy(true);
    setError(null);
    try {
      const result = await api.retryTransfer(domainName);
      domain.setData(result.domain);
      setRetried(t('sandbox.domains.retried'));
    } catch (caught) {
      setError(asApiError(caught));
    }
    setBusy(false);
  }

  return (
    <Screen title={domain.data.name} back="domains">
      {transfer?.status === 'failed' && (
        <div class="mgr-danger-box" data-target="transfer-instructions">
          <h3>
            <Icon name="warning" />
            {t('sandbox.domains.failedTitle')}
          </h3>
          {transfer.failureReason && <p>{t(`sandbox.domains.reason.${transfer.failureReason}`)}</p>}
          <p>{t('sandbox.domains.noFeeAgain')}</p>
          <button
            type="button"
            class="mgr-button mgr-button--danger"
            data-target="retry-transfer"
            disabled={busy}
            onClick={retry}
          >
            {t('sandbox.domains.retry')}
          </button>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
      <Announcement message={retried} />
      <dl class="mgr-facts mgr-card">
        <div>
          <dt>{t('sandbox.domains.status')}</dt>
          <dd>{t(domainStatusKey(domain.data))}</dd>
        </div>
        <div>
          <dt>{t('sandbox.domains.expires')}</dt>
          <dd>{formatDate(new Date(domain.data.expiresOn), locale)}</dd>
        </div>
      </dl>
    </Screen>
  );
}
