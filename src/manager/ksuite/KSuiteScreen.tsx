import { useState } from 'preact/hooks';
import type { KSuite } from '../../api/index.ts';
import { kSuitePlanNames } from '../brand-names.ts';
import { useManager } from '../context.ts';
import { Icon } from '../shared/Icon.tsx';
import { Popover } from '../shared/Popover.tsx';
import { Screen } from '../shared/Screen.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { target } from '../targets.ts';
import { ModifySubscriptionForm } from './ModifySubscriptionForm.tsx';

/** kSuite: the organization's kSuites, each with its ⋮ action menu (Modify Subscription). */
export function KSuiteScreen() {
  const { t, api } = useManager();
  const list = useLoad(api.getKSuites);
  const [modifying, setModifying] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <ErrorNotice error={list.error} onRetry={list.reload} />;

  const replace = (updated: KSuite) => {
    list.setData({ ksuites: list.data.ksuites.map((ksuite) => (ksuite.id === updated.id ? updated : ksuite)) });
    setModifying(null);
    setSaved(t('sandbox.saved'));
  };

  return (
    <Screen title={t('sandbox.ksuite.title')}>
      {list.data.ksuites.length === 0 && <p class="mgr-muted">{t('sandbox.ksuite.none')}</p>}
      <Announcement message={saved} />
      {list.data.ksuites.map((ksuite) => (
        <section key={ksuite.id} class="mgr-card" aria-labelledby={`mgr-${ksuite.id}`}>
          <div class="mgr-card__head">
            <h3 id={`mgr-${ksuite.id}`}>{ksuite.name}</h3>
            <span class="mgr-badge">{kSuitePlanNames[ksuite.plan]}</span>
            <Popover
              label={t('sandbox.ksuite.actions', { name: ksuite.name })}
              target="ksuite-actions"
              align="end"
              buttonClass="mgr-icon-button"
              button={<Icon name="dots" />}
            >
              {(close) => (
                <ul class="mgr-menu">
                  <li>
                    <button
                      type="button"
                      class="mgr-menu__item"
                      {...target('modify-subscription')}
                      onClick={() => {
                        close();
                        setSaved(null);
                        setModifying(ksuite.id);
                      }}
                    >
                      {t('manager.modifySubscription')}
                    </button>
                  </li>
                </ul>
              )}
            </Popover>
          </div>
          <dl class="mgr-facts">
            <div>
              <dt>{t('sandbox.ksuite.users')}</dt>
              <dd>{t('sandbox.ksuite.usersSummary', { inUse: ksuite.usersInUse, total: ksuite.users })}</dd>
            </div>
            <div>
              <dt>{t('sandbox.ksuite.storage')}</dt>
              <dd>{t('sandbox.ksuite.storageSummary', { used: ksuite.storageUsedGb, total: ksuite.storageGb })}</dd>
            </div>
          </dl>
          {modifying === ksuite.id && (
            <ModifySubscriptionForm ksuite={ksuite} onSaved={replace} onCancel={() => setModifying(null)} />
          )}
        </section>
      ))}
    </Screen>
  );
}
