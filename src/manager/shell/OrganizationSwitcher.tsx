import type { Customization, OrganizationList } from '../../api/index.ts';
import { openScreen, refreshManager } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Icon } from '../shared/Icon.tsx';
import { Popover } from '../shared/Popover.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { target } from '../targets.ts';

/** The top-left of the Manager as the organization customized it: a square logo, or initials. */
export function OrganizationMark({ customization, name }: { customization?: Customization; name: string }) {
  const square = customization?.square;
  // The initials are drawn by CSS (data-initials): as text they would join the switcher's visible
  // label, which then no longer matches its accessible name (WCAG 2.5.3, axe label-content-name-mismatch).
  return square?.kind === 'logo' ? (
    <span class="mgr-org-mark" aria-hidden="true">
      <Icon name="suite" size={18} />
    </span>
  ) : (
    <span class="mgr-org-mark" aria-hidden="true" data-initials={square?.initials ?? name.slice(0, 2).toUpperCase()} />
  );
}

/** The chevron at the top left: shows the current organization and switches to another one. */
export function OrganizationSwitcher({ organizations }: { organizations: OrganizationList }) {
  const { t, api } = useManager();
  const current = organizations.organizations.find(
    (organization) => organization.id === organizations.currentOrganizationId,
  );
  const name = current?.name ?? '';
  const customization = useLoad(() => (current ? api.getCustomization(current.id) : Promise.reject()), [current?.id]);
  const rectangular = customization.data?.rectangularLogoName;

  async function choose(id: string, close: () => void) {
    close();
    if (id !== organizations.currentOrganizationId) {
      await api.switchOrganization(id).catch(() => undefined);
      refreshManager();
    }
    openScreen('dashboard');
  }

  return (
    <Popover
      label={t('sandbox.nav.switchOrganization', { name })}
      target="organization-switcher"
      buttonClass="mgr-org-button"
      button={
        <>
          <OrganizationMark customization={customization.data} name={name} />
          <span class="mgr-org-name">{rectangular ? <span class="mgr-org-banner">{name}</span> : name}</span>
          <Icon name="chevronDown" size={16} />
        </>
      }
    >
      {(close) => (
        <nav aria-label={t('sandbox.nav.organizations')}>
          <ul class="mgr-menu">
            {organizations.organizations.map((organization) => {
              const isCurrent = organization.id === organizations.currentOrganizationId;
              return (
                <li key={organization.id}>
                  <button
                    type="button"
                    class="mgr-menu__item"
                    aria-current={isCurrent ? 'true' : undefined}
                    {...(isCurrent ? {} : target('organization-option'))}
                    onClick={() => choose(organization.id, close)}
                  >
                    <span>{organization.name}</span>
                    {isCurrent && <span class="mgr-badge">{t('sandbox.nav.currentOrganization')}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </Popover>
  );
}
