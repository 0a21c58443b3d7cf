import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import { isServiceRoute, routes } from '../src/api/routes.ts';
import { fail } from './handlers/respond.ts';
import { pathUnder } from './handlers/path-under.ts';

/** Ways the backend can misbehave on purpose, so the Manager's error paths can be seen and tested. */
export const scenarios = ['normal', 'slow', 'server-error', 'rate-limited', 'offline'] as const;
export type Scenario = (typeof scenarios)[number];

/** Seconds a rate-limited answer asks the client to wait. */
export const retryAfterSeconds = 30;

export const isScenario = (value: unknown): value is Scenario => scenarios.includes(value as Scenario);

/** The scenario named by `?scenario=` in a query string, `normal` when absent or unknown. */
export function scenarioFromSearch(search: string): Scenario {
  const value = new URLSearchParams(search).get('scenario');
  return isScenario(value) ? value : 'normal';
}

/**
 * Handlers to put in front of the others for a scenario. Resetting the sandbox is exempt, so a
 * reader can always get back to a working account; the feedback service is not the mock's, so a
 * scenario never touches it.
 */
export function scenarioHandlers(base: string, scenario: Scenario, options: { slowMs?: number } = {}): HttpHandler[] {
  if (scenario === 'normal') return [];
  const exempt = (request: Request) => {
    const { pathname } = new URL(request.url);
    return pathname.endsWith(`/${routes.resetSandbox}`) || isServiceRoute(pathUnder(base, pathname));
  };
  return [
    http.all(`${base}*`, async ({ request }) => {
      if (exempt(request)) return undefined;
      switch (scenario) {
        case 'slow':
          await delay(options.slowMs ?? 2500);
          return undefined; // then the normal handler answers
        case 'server-error':
          return fail(500, { code: 'server-error' });
        case 'rate-limited':
          return fail(
            429,
            { code: 'rate-limited', retryAfterSeconds },
            { headers: { 'Retry-After': String(retryAfterSeconds) } },
          );
        case 'offline':
          return HttpResponse.error();
      }
    }),
  ];
}
