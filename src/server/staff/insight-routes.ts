import { Hono } from 'hono';
import { InsightQuerySchema } from '../../api/insights.ts';
import { foldAll } from '../db/insight-events.ts';
import { fail, fieldErrors } from '../http/respond.ts';
import { insightsOverview } from '../insights/overview.ts';
import type { StaffRouteDeps } from './deps.ts';
import { canSeeGuideAnswers } from './permissions.ts';
import type { StaffVariables } from './session.ts';

/** `GET staff/insights?days=30&locale=fr`: for writers and admins. Folds what just arrived first. */
export function insightRoutes(deps: StaffRouteDeps) {
  const app = new Hono<{ Variables: StaffVariables }>();
  app.get('/insights', async (context) => {
    if (!canSeeGuideAnswers(context.get('staff'))) return fail(context, 403, { code: 'forbidden' });
    const query = InsightQuerySchema.safeParse(context.req.query());
    if (!query.success)
      return fail(context, 400, { code: 'invalid-input', fieldErrors: fieldErrors(query.error.issues) });
    await foldAll(deps.db, deps.now().toISOString().slice(0, 10));
    return context.json(await insightsOverview(deps.db, { ...query.data, now: deps.now() }));
  });
  return app;
}
