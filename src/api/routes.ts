/**
 * Paths of the API, relative to its base. The client fills the `:params`; the mock handlers and
 * the feedback service (src/server/) match them as written. One table, so they never disagree.
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
  /** The feedback service's (real, src/server/); the practice Manager's mock never answers them. */
  feedback: 'feedback',
  guideFeedback: 'guide-feedback',
  feedbackChallenge: 'feedback/challenge',
  health: 'health',
  /** Sandbox only: puts the demo account back to its seed. */
  resetSandbox: 'sandbox/reset',
} as const;

export type RouteName = keyof typeof routes;

/** Fills a route's `:params` (URL-encoded): `routePath('domain', { domainName: 'a.ch' })` → `domains/a.ch`. */
export function routePath(name: RouteName, params: Record<string, string> = {}): string {
  return routes[name].replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}

/**
 * The first segments of the routes the feedback service answers (src/server/). The practice
 * Manager's mock lets every request under them through to the network, whatever its scenario.
 */
const serviceRoutePrefixes = ['feedback', 'guide-feedback', 'health', 'staff', 'events'];

/** True when a path under the API base (`feedback/challenge`) belongs to the feedback service. */
export function isServiceRoute(pathUnderBase: string): boolean {
  const first = pathUnderBase.replace(/^\/+/, '').split('/')[0] ?? '';
  return serviceRoutePrefixes.includes(first);
}
