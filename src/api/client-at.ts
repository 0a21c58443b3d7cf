import type { z } from 'zod';
import type { DeleteAccountInput } from './account.ts';
import { type ActivityFilter, ActivityListSchema } from './activity.ts';
import { ApiRequestError } from './client-error.ts';
import { DomainListSchema, DomainSchema, TransferRetrySchema } from './domains.ts';
import { ApiErrorSchema, OkSchema } from './errors.ts';
import { type KSuiteInput, KSuiteListSchema, KSuiteSchema } from './ksuite.ts';
import { type Customization, CustomizationSchema, OrganizationListSchema } from './organizations.ts';
import { type PaymentProfileInput, PaymentProfileListSchema, PaymentProfileSchema } from './payments.ts';
import { type NewsletterInput, NewsletterSubscriptionsSchema, ProfileSchema } from './profile.ts';
import { type RouteName, routePath } from './routes.ts';
import type { PracticeSituation } from './sandbox.ts';
import { type SecuritySettings, SecuritySettingsSchema, SessionListSchema } from './security.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a watcher of the client hears about a call that changes something (reads are not reported). */
export type CallReport =
  | { outcome: 'started' | 'succeeded'; route: RouteName }
  | { outcome: 'refused'; route: RouteName; error: ApiRequestError };

type CallOptions = { params?: Record<string, string>; body?: unknown; query?: Record<string, string | undefined> };

export interface ClientOptions {
  /** Hears about each call that changes something (the simulated Manager reports them to a walkthrough). */
  watch?: (report: CallReport) => void;
  /** How requests are sent (the outcome checks send them from the test page, where the mock answers). */
  fetch?: typeof fetch;
}

/**
 * The typed client of the API at `base`: one function per call, each answer checked against its
 * schema. Every failure is an ApiRequestError carrying the API's error code (or `network`).
 * Without the site's build settings (e.g. in a browser test's own process), use this, not client.ts.
 */
export function apiClientAt(base: string, { watch, fetch: sendWith }: ClientOptions = {}) {
  // The global fetch is looked up on each call: a mock (MSW) may install itself after the client exists.
  const send: typeof fetch = (input, init) => (sendWith ?? fetch)(input, init);
  async function call<Schema extends z.ZodType>(
    schema: Schema,
    method: Method,
    route: RouteName,
    options: CallOptions = {},
  ): Promise<z.output<Schema>> {
    if (method === 'GET' || !watch) return request(schema, method, route, options);
    watch({ outcome: 'started', route });
    try {
      const data = await request(schema, method, route, options);
      watch({ outcome: 'succeeded', route });
      return data;
    } catch (error) {
      watch({ outcome: 'refused', route, error: error as ApiRequestError });
      throw error;
    }
  }

  async function request<Schema extends z.ZodType>(
    schema: Schema,
    method: Method,
    route: RouteName,
    options: CallOptions = {},
  ): Promise<z.output<Schema>> {
    let url = base + routePath(route, options.params);
    const query = Object.entries(options.query ?? {}).filter((entry): entry is [string, string] => !!entry[1]);
    if (query.length > 0) url += `?${new URLSearchParams(query)}`;
    let response: Response;
    try {
      response = await send(url, {
        method,
        headers: options.body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch {
      throw new ApiRequestError(0, 'network');
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = ApiErrorSchema.safeParse(json);
      if (!error.success) throw new ApiRequestError(response.status, 'unexpected-response');
      throw new ApiRequestError(response.status, error.data.code, error.data);
    }
    const data = schema.safeParse(json);
    if (!data.success) throw new ApiRequestError(response.status, 'unexpected-response');
    return data.data;
  }

  return {
    getProfile: () => call(ProfileSchema, 'GET', 'profile'),
    updateRecoveryEmail: (recoveryEmail: string) =>
      call(ProfileSchema, 'PUT', 'recoveryEmail', { body: { recoveryEmail } }),
    getNewsletter: () => call(NewsletterSubscriptionsSchema, 'GET', 'newsletter'),
    saveNewsletter: (input: NewsletterInput) =>
      call(NewsletterSubscriptionsSchema, 'PUT', 'newsletter', { body: input }),

    getOrganizations: () => call(OrganizationListSchema, 'GET', 'organizations'),
    switchOrganization: (organizationId: string) =>
      call(OrganizationListSchema, 'PUT', 'currentOrganization', { body: { organizationId } }),
    leaveOrganization: (organizationId: string) =>
      call(OrganizationListSchema, 'DELETE', 'membership', { params: { organizationId } }),
    getCustomization: (organizationId: string) =>
      call(CustomizationSchema, 'GET', 'customization', { params: { organizationId } }),
    saveCustomization: (organizationId: string, input: Customization) =>
      call(CustomizationSchema, 'PUT', 'customization', { params: { organizationId }, body: input }),

    getKSuites: () => call(KSuiteListSchema, 'GET', 'ksuites'),
    modifyKSuite: (ksuiteId: string, input: KSuiteInput) =>
      call(KSuiteSchema, 'PUT', 'ksuite', { params: { ksuiteId }, body: input }),

    getPaymentProfiles: () => call(PaymentProfileListSchema, 'GET', 'paymentProfiles'),
    addPaymentProfile: (input: PaymentProfileInput) =>
      call(PaymentProfileSchema, 'POST', 'paymentProfiles', { body: input }),
    updatePaymentProfile: (profileId: string, input: PaymentProfileInput) =>
      call(PaymentProfileSchema, 'PUT', 'paymentProfile', { params: { profileId }, body: input }),

    getDomains: () => call(DomainListSchema, 'GET', 'domains'),
    getDomain: (domainName: string) => call(DomainSchema, 'GET', 'domain', { params: { domainName } }),
    retryTransfer: (domainName: string) =>
      call(TransferRetrySchema, 'POST', 'retryTransfer', { params: { domainName } }),

    getSessions: () => call(SessionListSchema, 'GET', 'sessions'),
    endSession: (sessionId: string) => call(SessionListSchema, 'DELETE', 'session', { params: { sessionId } }),
    getSecuritySettings: () => call(SecuritySettingsSchema, 'GET', 'securitySettings'),
    saveSecuritySettings: (input: SecuritySettings) =>
      call(SecuritySettingsSchema, 'PUT', 'securitySettings', { body: input }),
    getActivities: (filter: Partial<ActivityFilter> = {}) =>
      call(ActivityListSchema, 'GET', 'activities', { query: filter }),

    deleteAccount: (input: DeleteAccountInput) => call(OkSchema, 'POST', 'deleteAccount', { body: input }),
    /** Back to the seed; a walkthrough may ask for a situation its guide describes. */
    resetSandbox: (situation?: PracticeSituation) =>
      call(OkSchema, 'POST', 'resetSandbox', { body: situation ? { situation } : {} }),
  };
}

export type ApiClient = ReturnType<typeof apiClientAt>;
