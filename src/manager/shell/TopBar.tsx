import type { OrganizationList, Profile } from '../../api/index.ts';
import { OrganizationSwitcher } from './OrganizationSwitcher.tsx';
import { ProductPicker } from './ProductPicker.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The Manager's top bar: organization at the left, products grid and the user's circle at the right. */
export function TopBar({ profile, organizations }: { profile?: Profile; organizations?: OrganizationList }) {
  return (
    <header class="mgr-topbar">
      {organizations ? <OrganizationSwitcher organizations={organizations} /> : <span />}
      <div class="mgr-topbar__tools">
        <ProductPicker />
        {profile && <UserMenu profile={profile} />}
      </div>
    </header>
  );
}
