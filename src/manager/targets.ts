/**
 * Every control a guide's step acts on carries `data-target="<id>"` with one of these ids. They are
 * language-neutral, so a walkthrough script names its targets once for every locale. A test checks
 * that each id is rendered by some screen.
 */
export const managerTargets = [
  // Top bar
  'organization-switcher',
  'organization-option',
  'products-menu',
  'product-ksuite',
  'product-domains',
  'profile-menu',
  'manage-my-profile',
  // Sidebar
  'sidebar-home',
  'sidebar-ksuite',
  'sidebar-domains',
  'sidebar-accounting',
  'sidebar-payment-profiles',
  'sidebar-settings',
  'sidebar-customization',
  // Profile
  'newsletter-manage',
  'manage-security',
  'organizations-manage',
  'access-manage',
  'delete-account',
  // Newsletter
  'newsletter-theme-toggle',
  'newsletter-save',
  // Security
  'recovery-email-edit',
  'recovery-email-input',
  'recovery-email-save',
  'security-settings',
  'login-alerts-every-login',
  'login-alerts-failed-only',
  'lock-attempts-input',
  'security-settings-save',
  // Organizations
  'organization-open',
  'organization-leave',
  'confirm-leave-organization',
  // kSuite
  'ksuite-actions',
  'modify-subscription',
  'ksuite-plan',
  'ksuite-users',
  'ksuite-storage',
  'ksuite-save',
  // Customization
  'customize-top-left',
  'customize-square-logo',
  'customize-logo-file',
  'customize-initials',
  'customize-initials-input',
  'customize-rectangular-logo',
  'customize-apps',
  'customization-save',
  // Payment profiles
  'payment-profile-add',
  'payment-profile-edit',
  'card-label-input',
  'card-holder-input',
  'card-number-input',
  'card-expiry-month-input',
  'card-expiry-year-input',
  'payment-profile-save',
  // Domains
  'domain-link',
  'failed-transfer-domain',
  'transfer-instructions',
  'retry-transfer',
  // Account access and activities
  'account-access-tab',
  'account-activities-tab',
  'end-session',
  'confirm-end-session',
  'activity-filter-from',
  'activity-filter-to',
  'activity-filter-product',
  'activity-filter-action',
  // Delete account
  'delete-password-input',
  'confirm-delete-account',
] as const;

export type ManagerTarget = (typeof managerTargets)[number];

/** Spread on a control: `<button {...target('profile-menu')}>`. */
export const target = (id: ManagerTarget) => ({ 'data-target': id });
