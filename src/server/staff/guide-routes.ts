import { Hono } from 'hono';
import { GuideAnswerFilterSchema } from '../../api/staff.ts';
import { guideAnswerRowsMatching, guideAnswers } from '../db/guide-answers.ts';
import { csvHeader, csvLine, guideAnswerRecord, jsonLine } from '../feedback/export-format.ts';
import { fail, fieldErrors } from '../http/respond.ts';
import type { StaffRouteDeps } from './deps.ts';
import { canSeeGuideAnswers } from './permissions.ts';
import type { StaffVariables } from './session.ts';

/** "Was this guide helpful?" answers, for writers and admins only. */
export function guideRoutes(deps: StaffRouteDeps) {
  const app = new Hono<{ Variables: StaffVariables }>();
  app.use('/guide-answers*', async (context, next) => {
    if (!canSeeGuideAnswers(context.get('staff'))) return fail(context, 403, { code: 'forbidden' });
    return next();
  });

  app.get('/guide-answers', async (context) => {
    const filter = GuideAnswerFilterSchema.safeParse(context.req.query());
    if (!filter.success)
      return fail(context, 400, { code: 'invalid-input', fieldErrors: fieldErrors(filter.error.issues) });
    return context.json(await guideAnswers(deps.db, filter.data));
  });

  app.get('/guide-answers-export', async (context) => {
    const filter = GuideAnswerFilterSchema.safeParse(context.req.query());
    if (!filter.success)
      return fail(context, 400, { code: 'invalid-input', fieldErrors: fieldErrors(filter.error.issues) });
    const csv = context.req.query('format') === 'csv';
    const records = (await guideAnswerRowsMatching(deps.db, filter.data)).map(guideAnswerRecord);
    const day = deps.now().toISOString().slice(0, 10);
    return context.body(csv ? csvHeader + records.map(csvLine).join('') : records.map(jsonLine).join(''), 200, {
      'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="guide-answers-${day}.${csv ? 'csv' : 'jsonl'}"`,
    });
  });
  return app;
}
