import { apiBase } from './base.ts';
import type { ServiceError } from './service-errors.ts';
import type { Insights } from './insights.ts';
import type { FeedbackChange, FeedbackDetail, FeedbackPage, GuideAnswers, SignIn, Staff } from './staff.ts';
import { insightsRoutes } from './insight-values.ts';
import { staffRoutes } from './staff-values.ts';

/** A staff call that did not succeed: the HTTP status (0 offline) and the service's error. */
export class StaffApiError extends Error {
  readonly status: number;
  readonly error: ServiceError | null;
  constructor(status: number, error: ServiceError | null) {
    super(`staff API: ${status} ${error?.code ?? 'network'}`);
    this.name = 'StaffApiError';
    this.status = status;
    this.error = error;
  }
  /** The code the inbox translates (`inbox.error.<code>`). */
  get code(): string {
    return this.status === 0 ? 'network' : (this.error?.code ?? 'other');
  }
}

const path = (route: string, params: Record<string, string> = {}) =>
  route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

/**
 * The inbox's calls to the staff API. The browser sends the session cookie on its own (same
 * origin); the service checks it, and the person's rights, on every call.
 */
export function createStaffClient(base: string = apiBase) {
  async function call<T>(method: string, route: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(base + route, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new StaffApiError(0, null);
    }
    if (response.status === 204) return undefined as T;
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new StaffApiError(response.status, json as ServiceError | null);
    return json as T;
  }
  const query = (values: Record<string, string | undefined>) => {
    const search = new URLSearchParams(
      Object.entries(values).filter((entry): entry is [string, string] => !!entry[1]),
    ).toString();
    return search ? `?${search}` : '';
  };

  return {
    session: () => call<{ staff: Staff | null }>('GET', staffRoutes.session),
    signIn: (input: SignIn) => call<{ staff: Staff }>('POST', staffRoutes.session, input),
    signOut: () => call<void>('DELETE', staffRoutes.session),
    feedback: (filter: Record<string, string | undefined>, cursor?: string) =>
      call<FeedbackPage>('GET', staffRoutes.feedbackList + query({ ...filter, cursor })),
    feedbackItem: (reference: string) => call<FeedbackDetail>('GET', path(staffRoutes.feedbackItem, { reference })),
    change: (reference: string, change: FeedbackChange) =>
      call<{ updated: string[] }>('PATCH', path(staffRoutes.feedbackItem, { reference }), change),
    addNote: (reference: string, body: string) =>
      call<{ ok: true }>('POST', path(staffRoutes.feedbackNotes, { reference }), { body }),
    bulk: (references: string[], change: FeedbackChange) =>
      call<{ updated: string[]; notFound: string[] }>('POST', staffRoutes.feedbackBulk, { references, change }),
    guideAnswers: (filter: Record<string, string | undefined>) =>
      call<GuideAnswers>('GET', staffRoutes.guideAnswers + query(filter)),
    people: () => call<{ people: { email: string }[] }>('GET', staffRoutes.people),
    insights: (filter: Record<string, string | undefined>) =>
      call<Insights>('GET', insightsRoutes.overview + query(filter)),
    /** Where the browser downloads the current view (a plain link: the cookie goes with it). */
    exportUrl: (filter: Record<string, string | undefined>, format: 'csv' | 'jsonl') =>
      base + staffRoutes.feedbackExport + query({ ...filter, format }),
    guideExportUrl: (filter: Record<string, string | undefined>) =>
      base + staffRoutes.guideAnswersExport + query({ ...filter, format: 'csv' }),
  };
}

export type StaffClient = ReturnType<typeof createStaffClient>;
