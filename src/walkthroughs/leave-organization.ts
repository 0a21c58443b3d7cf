import type { Walkthrough, WalkthroughStep } from './engine.ts';
import { click, logIn, on, step } from './steps.ts';

/**
 * The guide's six steps, played on one organization: Lausanne Rowing Club may be left; Studio
 * Lumen SA may not (its kSuite, its Mail Service), which is the refusal path.
 */
const leaving = (organizationId: string): WalkthroughStep[] => [
  logIn,
  step(click('profile-menu')),
  step(click('manage-my-profile')),
  step(click('organizations-manage')),
  // "Click the icon … to open it": the practice Manager would switch organization, so the step shows the icons.
  step({ kind: 'acknowledge', spotlight: on('organization-open', { 'data-organization': organizationId }) }),
  step(
    { kind: 'click', on: on('organization-leave', { 'data-organization': organizationId }) },
    click('confirm-leave-organization', { hint: 'walkthrough.action.confirm' }),
  ),
];

export const leaveOrganization: Walkthrough = {
  id: 'leave-organization',
  start: { screen: 'dashboard' },
  steps: leaving('org-rowing-club'),
  refusal: {
    steps: leaving('org-studio-lumen'),
    offer: 'walkthrough.offer.leaveRefused',
    returnOffer: 'walkthrough.offer.leaveAllowed',
  },
  changesAccount: true,
  async facts(api, t) {
    const { organizations } = await api.getOrganizations();
    return [
      {
        label: t('walkthrough.fact.organizations'),
        value: organizations.map((organization) => organization.name).join(', '),
      },
    ];
  },
};
