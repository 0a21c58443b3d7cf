import { apiBase } from './base.ts';
import { apiClientAt, type ClientOptions } from './client-at.ts';

export type { ApiClient, CallReport, ClientOptions } from './client-at.ts';

/** The typed client of the API where the site's build says it is (`PUBLIC_API_BASE`, or the sandbox's mock). */
export const createApiClient = (base: string = apiBase, options: ClientOptions = {}) => apiClientAt(base, options);
