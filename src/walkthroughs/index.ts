import { activityLog } from './activity-log.ts';
import { appsLogo } from './apps-logo.ts';
import { deleteAccount } from './delete-account.ts';
import { endSession } from './end-session.ts';
import type { Walkthrough } from './engine.ts';
import { leaveOrganization } from './leave-organization.ts';
import { loginNotifications } from './login-notifications.ts';
import { modifyKSuite } from './modify-ksuite.ts';
import { newsletterThemes } from './newsletter-themes.ts';
import { openCustomization } from './open-customization.ts';
import { paymentProfiles } from './payment-profiles.ts';
import { recoveryEmail } from './recovery-email.ts';
import { retryDomainTransfer } from './retry-domain-transfer.ts';
import { switchOrganization } from './switch-organization.ts';
import { topLeftDisplay } from './top-left-display.ts';

/** Every walkthrough, by the id its guide's `<Steps walkthrough="…">` names. */
export const walkthroughs: ReadonlyMap<string, Walkthrough> = new Map(
  [
    newsletterThemes,
    recoveryEmail,
    switchOrganization,
    leaveOrganization,
    modifyKSuite,
    openCustomization,
    topLeftDisplay,
    appsLogo,
    paymentProfiles,
    retryDomainTransfer,
    endSession,
    loginNotifications,
    activityLog,
    deleteAccount,
  ].map((script) => [script.id, script]),
);

/** The script of a walkthrough id, if there is one. */
export const findWalkthrough = (id: string): Walkthrough | undefined => walkthroughs.get(id);
