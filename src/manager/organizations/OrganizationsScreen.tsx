import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import type { Organization } from '../../api/index.ts';
import { openScreen, refreshManager } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { Icon } from '../shared/Icon.tsx';
import { Screen } from '../shared/Screen.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { asApiError, useLoad } from '../shared/useLoad.ts';

/** My Organizations: each one with its role, an icon to open it and one to leave it. */
export function OrganizationsScreen() {
  const { t, api } = useManager();
  const list = useLoad(api.getOrganizations);
  const [leaving, setLeaving] = useState<Organization | null>(null);
  const [refusal, setRefusal] = useState<ApiRequestError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <ErrorNotice error={list.error} onRetry={list.reload} />;

  async function open(organization: Organization) {
    await api.switchOrganization(organization.id).catch(() => undefined);
    refreshManager();
    openScreen('dashboard');
  }

  async function leave(organization: Organization) {
    setLeaving(null);
    setRefusal(null);
    try {
      list.setData(await api.leaveOrganization(organization.id));
      setDone(t('sandbox.orgs.left', { name: organization.name }));
      refreshManager();
    } catch (caught) {
      setRefusal(asApiError(caught));
    }
  }

  return (
    <Screen title={t('manager.myOrganizations')} back="profile">
      {refusal && (
        <ErrorNotice error={refusal}>
          {refusal.body?.reasons && (
            <ul>
              {refusal.body.reasons.map((reason) => (
                <li key={reason}>{t(`sandbox.orgs.reason.${reason}`)}</li>
              ))}
            </ul>
          )}
        </ErrorNotice>
      )}
      <Announcement message={done} />
      <ul class="mgr-list">
        {list.data.organizations.map((organization) => (
          <li key={organization.id} class="mgr-list__row">
            <div class="mgr-list__main">
              <p class="mgr-strong">{organization.name}</p>
              <p class="mgr-muted mgr-small">
                {t(`sandbox.orgs.role.${organization.role}`)} ·{' '}
                {t('sandbox.orgs.members', { count: organization.memberCount })}
              </p>
            </div>
            <button
              type="button"
              class="mgr-icon-button"
              aria-label={t('sandbox.orgs.open', { name: organization.name })}
              title={t('sandbox.orgs.open', { name: organization.name })}
              data-target="organization-open"
              data-organization={organization.id}
              onClick={() => open(organization)}
            >
              <Icon name="open" />
            </button>
            <button
              type="button"
              class="mgr-icon-button mgr-icon-button--danger"
              aria-label={t('sandbox.orgs.leave', { name: organization.name })}
              title={t('sandbox.orgs.leave', { name: organization.name })}
              data-target="organization-leave"
              data-organization={organization.id}
              onClick={() => {
                setDone(null);
                setLeaving(organization);
              }}
            >
              <Icon name="leave" />
            </button>
          </li>
        ))}
      </ul>
      {leaving && (
        <Dialog title={t('sandbox.orgs.leaveTitle', { name: leaving.name })} onClose={() => setLeaving(null)}>
          <p>{t('sandbox.orgs.leaveBody')}</p>
          <div class="mgr-actions">
            <button type="button" class="mgr-button mgr-button--ghost" data-autofocus onClick={() => setLeaving(null)}>
              {t('sandbox.cancel')}
            </button>
            <button
              type="button"
              class="mgr-button mgr-button--danger"
              data-target="confirm-leave-organization"
              onClick={() => leave(leaving)}
            >
              {t('sandbox.orgs.leaveConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </Screen>
  );
}
