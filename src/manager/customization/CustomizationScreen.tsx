import { useState } from 'preact/hooks';
import type { Customization } from '../../api/index.ts';
import { refreshManager } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Screen } from '../shared/Screen.tsx';
import { Announcement, ErrorNotice, Loading } from '../shared/Status.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { OrganizationMark } from '../shell/OrganizationSwitcher.tsx';
import { CustomizeForm } from './CustomizeForm.tsx';

/**
 * Settings → Customization: two Customize buttons. The left one edits the top left of the Manager
 * (square logo alone, or initials with an optional rectangular logo); the right one the rectangular
 * logo shown in kDrive, Mail and the Manager.
 */
export function CustomizationScreen() {
  const { t, api } = useManager();
  const data = useLoad(async () => {
    const { organizations, currentOrganizationId } = await api.getOrganizations();
    const organization = organizations.find((candidate) => candidate.id === currentOrganizationId);
    if (!organization) throw new Error('no current organization');
    return { organization, customization: await api.getCustomization(organization.id) };
  });
  const [editing, setEditing] = useState<'top-left' | 'apps' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const { organization, customization } = data.data;

  const onSaved = (next: Customization) => {
    data.setData({ organization, customization: next });
    setEditing(null);
    setSaved(t('sandbox.saved'));
    refreshManager(); // the top bar shows the new look
  };

  const card = (part: 'top-left' | 'apps') => (
    <section class="mgr-card" aria-labelledby={`mgr-custom-${part}`}>
      <h3 id={`mgr-custom-${part}`}>
        {t(part === 'top-left' ? 'sandbox.custom.topLeftTitle' : 'sandbox.custom.appsTitle')}
      </h3>
      <p class="mgr-muted">{t(part === 'top-left' ? 'sandbox.custom.topLeftIntro' : 'sandbox.custom.appsIntro')}</p>
      <div class="mgr-preview" aria-hidden="true">
        {part === 'top-left' && <OrganizationMark customization={customization} name={organization.name} />}
        <span>
          {customization.rectangularLogoName ??
            (part === 'top-left' ? organization.name : t('sandbox.custom.noRectangularLogo'))}
        </span>
      </div>
      {editing === part ? (
        <CustomizeForm
          part={part}
          organizationId={organization.id}
          customization={customization}
          onSaved={onSaved}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button
          type="button"
          class="mgr-button"
          data-target={part === 'top-left' ? 'customize-top-left' : 'customize-apps'}
          onClick={() => {
            setSaved(null);
            setEditing(part);
          }}
        >
          {t('manager.customize')}
        </button>
      )}
    </section>
  );

  return (
    <Screen title={t('manager.customization')}>
      <p class="mgr-muted">{t('sandbox.custom.intro', { name: organization.name })}</p>
      <Announcement message={saved} />
      <div class="mgr-grid mgr-grid--two">
        {card('top-left')}
        {card('apps')}
      </div>
    </Screen>
  );
}
