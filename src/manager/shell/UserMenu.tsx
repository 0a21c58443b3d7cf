import type { Profile } from '../../api/index.ts';
import { openScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Popover } from '../shared/Popover.tsx';
import { target } from '../targets.ts';

/** The circle with the user's initials at the top right, and its menu. */
export function UserMenu({ profile }: { profile: Profile }) {
  const { t } = useManager();
  const name = `${profile.firstName} ${profile.lastName}`;
  return (
    <Popover
      label={t('sandbox.nav.userMenu', { name })}
      target="profile-menu"
      align="end"
      buttonClass="mgr-avatar"
      // Initials drawn by CSS: as text they would be a visible label missing from the accessible name (WCAG 2.5.3).
      button={<span aria-hidden="true" data-initials={profile.initials} />}
    >
      {(close) => (
        <div class="mgr-user-menu">
          <p class="mgr-user-menu__who">
            <strong>{name}</strong>
            <span>{profile.loginEmail}</span>
          </p>
          <ul class="mgr-menu">
            <li>
              <button
                type="button"
                class="mgr-menu__item"
                {...target('manage-my-profile')}
                onClick={() => {
                  close();
                  openScreen('profile');
                }}
              >
                {t('manager.manageMyProfile')}
              </button>
            </li>
          </ul>
        </div>
      )}
    </Popover>
  );
}
