import type { Walkthrough } from './engine.ts';
import { click, logIn, step } from './steps.ts';

/** Switch organization: the chevron at the top left, then any other organization. */
export const switchOrganization: Walkthrough = {
  id: 'switch-organization',
  start: { screen: 'dashboard' },
  steps: [logIn, step(click('organization-switcher')), step(click('organization-option'))],
  changesAccount: true,
  async facts(api, t) {
    const { organizations, currentOrganizationId } = await api.getOrganizations();
    const current = organizations.find((organization) => organization.id === currentOrganizationId);
    return [{ label: t('walkthrough.fact.currentOrganization'), value: current?.name ?? '' }];
  },
};
