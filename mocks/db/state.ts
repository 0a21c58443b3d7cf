import type {
  ActivityEntry,
  Customization,
  Domain,
  KSuite,
  NewsletterThemeId,
  Organization,
  PaymentProfile,
  SecuritySettings,
  Session,
} from '../../src/api/index.ts';

/** An organization as the demo backend keeps it: the membership, plus what belongs to it. */
export interface OrganizationRecord extends Organization {
  customization: Customization;
  ksuites: KSuite[];
  domains: Domain[];
  paymentProfiles: PaymentProfile[];
}

/** The whole demo account. Bump `version` when its shape changes: older saved states are then re-seeded. */
export interface DemoState {
  version: 1;
  user: {
    firstName: string;
    lastName: string;
    loginEmail: string;
    recoveryEmail: string | null;
    password: string;
    deleted: boolean;
  };
  newsletter: NewsletterThemeId[];
  currentOrganizationId: string;
  organizations: OrganizationRecord[];
  sessions: Session[];
  securitySettings: SecuritySettings;
  activities: ActivityEntry[];
}

export const stateVersion = 1;
