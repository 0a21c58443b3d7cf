import type { ActivityAction, ActivityEntry, ActivityProduct } from '../../src/api/index.ts';
import { demoPassword } from '../../src/sandbox/practice-account.ts';
import type { DemoState } from './state.ts';

export { demoPassword };

const day = 24 * 60 * 60 * 1000;

/**
 * The demo account, fresh. Its three organizations are chosen so that every rule of the guides can
 * be met and broken: Atelier Morel (legal representative and last owner: cannot leave, may customize),
 * Studio Lumen (administrator, in its kSuite, login address in its Mail Service: cannot leave, may
 * customize), Lausanne Rowing Club (collaborator: may leave, may not customize).
 * Dates are relative to `now` so the activity log always covers the last month.
 */
export function seedState(now: Date = new Date()): DemoState {
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * day - hours * 3_600_000).toISOString();
  const inDays = (days: number) => new Date(now.getTime() + days * day).toISOString().slice(0, 10);
  return {
    version: 1,
    user: {
      firstName: 'Camille',
      lastName: 'Morel',
      loginEmail: 'camille.morel@studio-lumen.ch',
      recoveryEmail: 'camille.morel@proton.me',
      password: demoPassword,
      deleted: false,
    },
    newsletter: ['product-news', 'tips'],
    currentOrganizationId: 'org-atelier-morel',
    organizations: [
      {
        id: 'org-atelier-morel',
        name: 'Atelier Morel',
        role: 'legal-representative',
        memberCount: 2,
        isLastOwner: true,
        isKSuiteMember: false,
        loginInMailService: false,
        customization: { square: { kind: 'initials', initials: 'AM' }, rectangularLogoName: null },
        ksuites: [
          {
            id: 'ksuite-atelier',
            name: 'kSuite Atelier Morel',
            plan: 'standard',
            users: 5,
            usersInUse: 2,
            storageGb: 1000,
            storageUsedGb: 212.4,
          },
        ],
        domains: [
          { name: 'atelier-morel.ch', expiresOn: inDays(210), transfer: null },
          {
            name: 'morel-ceramique.com',
            expiresOn: inDays(95),
            transfer: { status: 'failed', failureReason: 'invalid-auth-code', attempts: 1, feePaid: true },
          },
          {
            name: 'atelier-morel.shop',
            expiresOn: inDays(330),
            transfer: { status: 'completed', failureReason: null, attempts: 1, feePaid: true },
          },
        ],
        paymentProfiles: [
          {
            id: 'pay-visa',
            label: 'Atelier card',
            holder: 'Camille Morel',
            brand: 'visa',
            last4: '4242',
            expiryMonth: 8,
            expiryYear: now.getUTCFullYear() + 2,
            isDefault: true,
          },
        ],
      },
      {
        id: 'org-studio-lumen',
        name: 'Studio Lumen SA',
        role: 'administrator',
        memberCount: 14,
        isLastOwner: false,
        isKSuiteMember: true,
        loginInMailService: true,
        customization: { square: { kind: 'logo', logoName: 'lumen-square.svg' }, rectangularLogoName: null },
        ksuites: [
          {
            id: 'ksuite-lumen',
            name: 'kSuite Studio Lumen',
            plan: 'business',
            users: 20,
            usersInUse: 14,
            storageGb: 3000,
            storageUsedGb: 1870,
          },
        ],
        domains: [{ name: 'studio-lumen.ch', expiresOn: inDays(45), transfer: null }],
        paymentProfiles: [],
      },
      {
        id: 'org-rowing-club',
        name: 'Lausanne Rowing Club',
        role: 'collaborator',
        memberCount: 6,
        isLastOwner: false,
        isKSuiteMember: false,
        loginInMailService: false,
        customization: { square: { kind: 'initials', initials: 'LRC' }, rectangularLogoName: 'lrc-banner.png' },
        ksuites: [],
        domains: [],
        paymentProfiles: [],
      },
    ],
    sessions: [
      {
        id: 'sess-laptop',
        device: 'ThinkPad X1',
        kind: 'laptop',
        browser: 'Firefox 146 · Linux',
        location: 'Lausanne, CH',
        lastActiveAt: ago(0),
        isCurrent: true,
      },
      {
        id: 'sess-phone',
        device: 'iPhone 16',
        kind: 'phone',
        browser: 'Infomaniak Mail · iOS',
        location: 'Lausanne, CH',
        lastActiveAt: ago(0, 3),
        isCurrent: false,
      },
      {
        id: 'sess-office',
        device: 'Studio iMac',
        kind: 'desktop',
        browser: 'Safari 19 · macOS',
        location: 'Geneva, CH',
        lastActiveAt: ago(2, 5),
        isCurrent: false,
      },
      {
        id: 'sess-tablet',
        device: 'Galaxy Tab S9',
        kind: 'tablet',
        browser: 'kDrive · Android',
        location: 'Zurich, CH',
        lastActiveAt: ago(11, 8),
        isCurrent: false,
      },
    ],
    securitySettings: { loginAlerts: 'failed-only', lockAfterFailedAttempts: 5 },
    activities: seedActivities(ago),
  };
}

/** A month of plausible activity, newest first: a few entries every day or two. */
function seedActivities(ago: (days: number, hours?: number) => string): ActivityEntry[] {
  const pattern: Array<[ActivityProduct, ActivityAction, string]> = [
    ['manager', 'login', 'manager.infomaniak.com'],
    ['mail', 'login', 'mail.infomaniak.com'],
    ['kdrive', 'create', 'Quotes/2026-114.pdf'],
    ['domains', 'settings-change', 'atelier-morel.ch'],
    ['manager', 'payment', 'Invoice 2026-0412'],
    ['ksuite', 'settings-change', 'kSuite Atelier Morel'],
    ['kdrive', 'delete', 'Drafts/old-logo.png'],
    ['domains', 'create', 'morel-ceramique.com'],
  ];
  const entries: ActivityEntry[] = [];
  for (let index = 0; index < 40; index++) {
    const [product, action, subject] = pattern[index % pattern.length] as [ActivityProduct, ActivityAction, string];
    entries.push({
      id: `act-${index + 1}`,
      at: ago(Math.floor((index * 3) / 4), (index * 5) % 11),
      product,
      action,
      subject,
      ip: index % 3 === 0 ? '185.125.24.8' : '85.195.112.41',
    });
  }
  return entries;
}
