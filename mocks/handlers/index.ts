import { type HttpHandler, http } from 'msw';
import { isServiceRoute, routes } from '../../src/api/routes.ts';
import { createDemoDb, type DemoDb } from '../db/index.ts';
import { type Scenario, scenarioHandlers } from '../scenarios.ts';
import { accountHandlers } from './account.ts';
import { domainHandlers } from './domains.ts';
import { kSuiteHandlers } from './ksuite.ts';
import { organizationHandlers } from './organizations.ts';
import { paymentHandlers } from './payments.ts';
import { profileHandlers } from './profile.ts';
import { pathUnder } from './path-under.ts';
import { fail, type HandlerContext, type HandlerFactory } from './respond.ts';
import { sandboxHandlers } from './sandbox.ts';
import { securityHandlers } from './security.ts';

/**
 * Every domain of the practice Manager, in one list: add a domain by adding its factory here.
 * Feedback is not one of them: the real feedback service (src/server/) answers it.
 */
export const handlerFactories: HandlerFactory[] = [
  sandboxHandlers,
  profileHandlers,
  organizationHandlers,
  kSuiteHandlers,
  paymentHandlers,
  domainHandlers,
  securityHandlers,
  accountHandlers,
];

/**
 * Once the practice account is deleted, its routes answer 410. The reset still answers, and the
 * feedback service's routes are never the mock's to answer.
 */
const deletedAccountGuard = ({ base, db }: HandlerContext): HttpHandler =>
  http.all(`${base}*`, ({ request }) => {
    if (!db.read().user.deleted) return undefined;
    const { pathname } = new URL(request.url);
    if (pathname.endsWith(`/${routes.resetSandbox}`) || isServiceRoute(pathUnder(base, pathname))) return undefined;
    return fail(410, { code: 'account-deleted' });
  });

export interface HandlerOptions {
  db?: DemoDb;
  scenario?: Scenario;
  slowMs?: number;
}

/**
 * The mock backend's handlers for an API base (`/support/faq/api/` in the browser, an absolute URL
 * in Node). The demo account defaults to one kept in localStorage (memory in Node).
 */
export function createHandlers(base: string, options: HandlerOptions = {}): HttpHandler[] {
  const context: HandlerContext = { base, db: options.db ?? createDemoDb() };
  return [
    ...scenarioHandlers(base, options.scenario ?? 'normal', { slowMs: options.slowMs }),
    deletedAccountGuard(context),
    ...handlerFactories.flatMap((factory) => factory(context)),
  ];
}
