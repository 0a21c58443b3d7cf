/**
 * Paths of the API, relative to its base. The client fills the `:params`; the mock handlers
 * match them as written. One table, so the two can never disagree.
 */
export const routes = {
  profile: 'profile',
  recoveryEmail: 'profile/recovery-email',
  newsletter: 'newsletter',
  organizations: 'organizations',
  currentOrganization: 'organizations/current',
  membership: 'organizations/:organizationId/membership',
  customization: 'organizations/:organizationId/customization',
  ksuites: 'ksuites',
  ksuite: 'ksuites/:ksuiteId',
  paymentProfiles: 'payment-profiles',
  paymentProfile: 'payment-profiles/:profileId',
  domains: 'domains',
  domain: 'domains/:domainName',
  retryTransfer: 'domains/:domainName/transfer/retry',
  sessions: 'sessions',
  session: 'sessions/:sessionId',
  securitySettings: 'security-settings',
  activities: 'activities',
  deleteAccount: 'account/delete',
  feedback: 'feedback',
  guideFeedback: 'guide-feedback',
  /** Sandbox only: puts the demo account back to its seed. */
  resetSandbox: 'sandbox/reset',
} as const;

export type RouteName = keyof typeof routes;

/** Fills a route's `:params` (URL-encoded): `routePath('domain', { domainName: 'a.ch' })` → `domains/a.ch`. */
export function routePath(name: RouteName, params: Record<string, string> = {}): string {
  return routes[name].replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}
