import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PracticeKey } from '../../i18n/practice-strings.ts';
import { type ManagerScreen, openScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Icon } from '../shared/Icon.tsx';
import { Screen } from '../shared/Screen.tsx';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { useLoad } from '../shared/useLoad.ts';
import type { ManagerTarget } from '../targets.ts';
import { DeleteAccountDialog } from './DeleteAccountDialog.tsx';

/** One box of the profile page, with its single action button. */
function ProfileBox(props: {
  title: PracticeKey;
  action: PracticeKey;
  screen: ManagerScreen;
  target: ManagerTarget;
  warning?: string;
  children: ComponentChildren;
}) {
  const { t } = useManager();
  return (
    <section
      class={props.warning ? 'mgr-card mgr-card--warning' : 'mgr-card'}
      aria-labelledby={`mgr-box-${props.target}`}
    >
      <h3 id={`mgr-box-${props.target}`}>{t(props.title)}</h3>
      {props.warning && (
        <p class="mgr-warning-line">
          <Icon name="warning" size={16} />
          {props.warning}
        </p>
      )}
      <p class="mgr-muted">{props.children}</p>
      <button type="button" class="mgr-button" data-target={props.target} onClick={() => openScreen(props.screen)}>
        {t(props.action)}
      </button>
    </section>
  );
}

/** "Manage my profile": who you are, the trash can to delete the account, and the four boxes. */
export function ProfileScreen() {
  const { t, api } = useManager();
  const data = useLoad(() => Promise.all([api.getProfile(), api.getOrganizations(), api.getSecuritySettings()]));
  const [deleting, setDeleting] = useState(false);
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const [profile, organizations, security] = data.data;
  const notOptimal =
    !profile.recoveryEmail || security.loginAlerts === 'none' || security.lockAfterFailedAttempts === null;

  return (
    <Screen title={t('sandbox.profile.title')}>
      <div class="mgr-card mgr-identity">
        <span class="mgr-avatar mgr-avatar--large" aria-hidden="true">
          {profile.initials}
        </span>
        <div>
          <p class="mgr-identity__name">
            {profile.firstName} {profile.lastName}
          </p>
          <p class="mgr-muted">{t('sandbox.profile.loginEmail', { email: profile.loginEmail })}</p>
        </div>
        <button
          type="button"
          class="mgr-icon-button mgr-icon-button--danger"
          aria-label={t('sandbox.profile.deleteAccount')}
          title={t('sandbox.profile.deleteAccount')}
          data-target="delete-account"
          onClick={() => setDeleting(true)}
        >
          <Icon name="trash" />
        </button>
      </div>
      <div class="mgr-grid mgr-grid--boxes">
        <ProfileBox
          title="manager.infomaniakNews"
          action="manager.manage"
          screen="newsletter"
          target="newsletter-manage"
        >
          {t('sandbox.profile.newsIntro')}
        </ProfileBox>
        <ProfileBox
          title="manager.securityAndRecovery"
          action="manager.manageSecurity"
          screen="security"
          target="manage-security"
          warning={notOptimal ? t('sandbox.profile.securityWarning') : undefined}
        >
          {t('sandbox.profile.securityIntro')}
        </ProfileBox>
        <ProfileBox
          title="manager.myOrganizations"
          action="manager.manage"
          screen="organizations"
          target="organizations-manage"
        >
          {t('sandbox.profile.organizationsIntro', { count: organizations.organizations.length })}
        </ProfileBox>
        <ProfileBox
          title="manager.accountAccessAndActivities"
          action="manager.manage"
          screen="account-access"
          target="access-manage"
        >
          {t('sandbox.profile.accessIntro')}
        </ProfileBox>
      </div>
      {deleting && <DeleteAccountDialog onClose={() => setDeleting(false)} />}
    </Screen>
  );
}
