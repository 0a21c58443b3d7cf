import { formatDate } from '../../i18n/dates.ts';
import { openScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Screen } from '../shared/Screen.tsx';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { domainStatusKey } from './status.ts';

/** Domains: the organization's domains in a table; a name opens the domain's page. */
export function DomainsScreen() {
  const { t, api, locale } = useManager();
  const list = useLoad(api.getDomains);
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <ErrorNotice error={list.error} onRetry={list.reload} />;
  return (
    <Screen title={t('manager.domains')}>
      {list.data.domains.length === 0 ? (
        <p class="mgr-muted">{t('sandbox.domains.none')}</p>
      ) : (
        <div class="mgr-table-wrap">
          <table class="mgr-table">
            <thead>
              <tr>
                <th scope="col">{t('sandbox.domains.name')}</th>
                <th scope="col">{t('sandbox.domains.status')}</th>
                <th scope="col">{t('sandbox.domains.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.domains.map((domain) => {
                const failed = domain.transfer?.status === 'failed';
                return (
                  <tr key={domain.name}>
                    <th scope="row">
                      <button
                        type="button"
                        class="mgr-link"
                        data-target={failed ? 'failed-transfer-domain' : 'domain-link'}
                        onClick={() => openScreen('domain', { domainName: domain.name })}
                      >
                        {domain.name}
                      </button>
                    </th>
                    <td>
                      <span class={failed ? 'mgr-status mgr-status--danger' : 'mgr-status'}>
                        {t(domainStatusKey(domain))}
                      </span>
                    </td>
                    <td>{formatDate(new Date(domain.expiresOn), locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Screen>
  );
}
