import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { PracticeKey } from '../../i18n/practice-strings.ts';
import { $managerScreen, type ManagerScreen, openScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Icon, type IconName } from '../shared/Icon.tsx';
import type { ManagerTarget } from '../targets.ts';

interface Link {
  label: PracticeKey;
  icon?: IconName;
  screen: ManagerScreen;
  target: ManagerTarget;
}
interface Group {
  label: PracticeKey;
  icon: IconName;
  target: ManagerTarget;
  links: Link[];
}

const items: Array<Link | Group> = [
  { label: 'sandbox.home', icon: 'home', screen: 'dashboard', target: 'sidebar-home' },
  { label: 'manager.kSuite', icon: 'suite', screen: 'ksuite', target: 'sidebar-ksuite' },
  { label: 'manager.domains', icon: 'globe', screen: 'domains', target: 'sidebar-domains' },
  {
    label: 'manager.accounting',
    icon: 'accounting',
    target: 'sidebar-accounting',
    links: [{ label: 'manager.paymentProfiles', screen: 'payment-profiles', target: 'sidebar-payment-profiles' }],
  },
  {
    label: 'manager.settings',
    icon: 'settings',
    target: 'sidebar-settings',
    links: [{ label: 'manager.customization', screen: 'customization', target: 'sidebar-customization' }],
  },
];

/** The left sidebar: products, and the Accounting and Settings groups that open on click. */
export function Sidebar() {
  const { t } = useManager();
  const { screen } = useStore($managerScreen);
  const [openGroups, setOpenGroups] = useState<PracticeKey[]>([]);

  const link = (item: Link) => (
    <button
      type="button"
      class="mgr-nav__link"
      aria-current={screen === item.screen ? 'page' : undefined}
      data-target={item.target}
      onClick={() => openScreen(item.screen)}
    >
      {item.icon && <Icon name={item.icon} size={18} />}
      <span>{t(item.label)}</span>
    </button>
  );

  return (
    <nav class="mgr-sidebar" aria-label={t('sandbox.nav.main')}>
      <ul class="mgr-nav">
        {items.map((item) => {
          if (!('links' in item)) return <li key={item.label}>{link(item)}</li>;
          const expanded = openGroups.includes(item.label) || item.links.some((child) => child.screen === screen);
          return (
            <li key={item.label}>
              <button
                type="button"
                class="mgr-nav__link"
                aria-expanded={expanded}
                data-target={item.target}
                onClick={() =>
                  setOpenGroups(
                    expanded ? openGroups.filter((label) => label !== item.label) : [...openGroups, item.label],
                  )
                }
              >
                <Icon name={item.icon} size={18} />
                <span>{t(item.label)}</span>
                <span class={expanded ? 'mgr-nav__chevron mgr-nav__chevron--open' : 'mgr-nav__chevron'}>
                  <Icon name="chevronDown" size={16} />
                </span>
              </button>
              {expanded && (
                <ul class="mgr-nav mgr-nav--sub">
                  {item.links.map((child) => (
                    <li key={child.label}>{link(child)}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
