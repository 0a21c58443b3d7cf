import { Hono } from 'hono';
import type { StaffRouteDeps } from './deps.ts';
import { feedbackRoutes } from './feedback-routes.ts';
import { guideRoutes } from './guide-routes.ts';
import { insightRoutes } from './insight-routes.ts';
import { requireStaff, sameOriginOnly, type StaffVariables } from './session.ts';
import { sessionRoutes } from './session-routes.ts';

/**
 * Everything under `<base>api/staff/`: signing in and out, then, with a live session only, the
 * inbox's routes. Changes come from the service's own pages only.
 */
export function staffRoutes(deps: StaffRouteDeps): Hono {
  const app = new Hono();
  app.use('*', sameOriginOnly());
  app.route('/session', sessionRoutes(deps));
  const signedIn = new Hono<{ Variables: StaffVariables }>();
  signedIn.use('*', requireStaff(deps.db, deps.session, deps.trustedProxies, deps.now));
  signedIn.route('/', feedbackRoutes(deps));
  signedIn.route('/', guideRoutes(deps));
  signedIn.route('/', insightRoutes(deps));
  app.route('/', signedIn);
  return app;
}
