import { type Context, Hono } from 'hono';
import {
  BulkChangeSchema,
  type FeedbackChange,
  FeedbackChangeSchema,
  FeedbackFilterSchema,
  type FeedbackStatus,
  NewNoteSchema,
  type Staff,
} from '../../api/staff.ts';
import type { Kysely } from 'kysely';
import { decodeCursor, feedbackPage, feedbackRowsMatching } from '../db/inbox.ts';
import { addNote, changeFeedback, type Change, findFeedback, historyOf, notesOf } from '../db/feedback-work.ts';
import type { Database } from '../db/schema.ts';
import { findStaffByEmail, listStaff } from '../db/staff.ts';
import { csvHeader, csvLine, feedbackRecord, jsonLine } from '../feedback/export-format.ts';
import { readJson } from '../http/json-body.ts';
import { fail, fieldErrors } from '../http/respond.ts';
import type { StaffRouteDeps } from './deps.ts';
import { canSeeService, staffOf, visibleServices } from './permissions.ts';
import type { StaffVariables } from './session.ts';

type StaffContext = Context<{ Variables: StaffVariables }>;

/**
 * The inbox's feedback: list, one piece, changes, notes, bulk changes, export. Every query is
 * limited to the services the signed-in person may see; anything else is "not found".
 */
export function feedbackRoutes(deps: StaffRouteDeps) {
  const app = new Hono<{ Variables: StaffVariables }>();

  app.get('/feedback', async (context) => {
    const filter = FeedbackFilterSchema.safeParse(context.req.query());
    if (!filter.success) return badQuery(context, filter.error.issues);
    const cursor = decodeCursor(context.req.query('cursor'));
    if (cursor === 'invalid') return badQuery(context, [{ path: ['cursor'], message: 'invalid-cursor' }]);
    const services = visibleServices(context.get('staff'), filter.data.service);
    return context.json(await feedbackPage(deps.db, filter.data, services, cursor));
  });

  app.get('/feedback/:reference', async (context) => {
    const feedback = await findFeedback(deps.db, context.req.param('reference'), context.get('staff').services);
    if (!feedback) return fail(context, 404, { code: 'not-found' });
    const [notes, history] = await Promise.all([notesOf(deps.db, feedback.id), historyOf(deps.db, feedback.id)]);
    return context.json({
      reference: feedback.reference,
      receivedAt: feedback.received_at,
      service: feedback.service,
      kind: feedback.kind,
      subject: feedback.subject,
      preview: '',
      message: feedback.message,
      email: feedback.email,
      locale: feedback.locale,
      status: feedback.status,
      assignee: feedback.assignee,
      notes,
      history,
    });
  });

  app.patch('/feedback/:reference', async (context) => {
    const body = await readJson(context);
    if ('response' in body) return body.response;
    const change = FeedbackChangeSchema.safeParse(body.json);
    if (!change.success) return badBody(context, change.error.issues);
    const resolved = await resolveChange(deps.db, context.get('staff'), change.data);
    if ('error' in resolved) return fail(context, 400, { code: 'invalid-input', fieldErrors: resolved.error });
    const changed = await applyChanges(deps, context, [context.req.param('reference')], resolved.change);
    if (changed.notFound.length > 0) return fail(context, 404, { code: 'not-found' });
    return context.json(changed);
  });

  app.post('/feedback/:reference/notes', async (context) => {
    // A note of 5,000 characters may be 20 KB of UTF-8, more once escaped in JSON.
    const body = await readJson(context, 64 * 1024);
    if ('response' in body) return body.response;
    const note = NewNoteSchema.safeParse(body.json);
    if (!note.success) return badBody(context, note.error.issues);
    const staff = context.get('staff');
    const added = await deps.db.transaction().execute(async (trx) => {
      const feedback = await findFeedback(trx, context.req.param('reference'), staff.services);
      if (!feedback) return false;
      await addNote(trx, feedback.id, note.data.body, staff.email, deps.now().toISOString());
      return true;
    });
    if (!added) return fail(context, 404, { code: 'not-found' });
    return context.json({ ok: true }, 201);
  });

  app.post('/feedback-bulk', async (context) => {
    const body = await readJson(context);
    if ('response' in body) return body.response;
    const bulk = BulkChangeSchema.safeParse(body.json);
    if (!bulk.success) return badBody(context, bulk.error.issues);
    const resolved = await resolveChange(deps.db, context.get('staff'), bulk.data.change);
    if ('error' in resolved) return fail(context, 400, { code: 'invalid-input', fieldErrors: resolved.error });
    return context.json(await applyChanges(deps, context, bulk.data.references, resolved.change));
  });

  app.get('/feedback-export', async (context) => {
    const filter = FeedbackFilterSchema.safeParse(context.req.query());
    if (!filter.success) return badQuery(context, filter.error.issues);
    const csv = context.req.query('format') === 'csv';
    const rows = await feedbackRowsMatching(
      deps.db,
      filter.data,
      visibleServices(context.get('staff'), filter.data.service),
    );
    const records = rows.map((row) => feedbackRecord(row));
    const day = deps.now().toISOString().slice(0, 10);
    const text = csv ? csvHeader + records.map(csvLine).join('') : records.map(jsonLine).join('');
    return context.body(text, 200, {
      'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="feedback-${day}.${csv ? 'csv' : 'jsonl'}"`,
    });
  });

  app.get('/people', async (context) => {
    const me = context.get('staff');
    // The people one may assign feedback to: those who read at least one of the same services.
    const people = (await listStaff(deps.db))
      .map(staffOf)
      .filter((person) => person.services.some((service) => me.services.includes(service)));
    return context.json({ people: people.map((person) => ({ email: person.email })) });
  });

  return app;
}

/** The assignee of a change as an account, checked: they must exist and read the services. */
async function resolveChange(
  db: Kysely<Database>,
  me: Staff,
  change: FeedbackChange,
): Promise<{ change: Change & { assigneeRights?: Staff } } | { error: Record<string, string> }> {
  const status = change.status as FeedbackStatus | undefined;
  if (change.assignee === undefined) return { change: { status } };
  if (change.assignee === null) return { change: { status, assignee: null } };
  const row = await findStaffByEmail(db, change.assignee.trim().toLowerCase());
  if (!row) return { error: { assignee: 'unknown-person' } };
  const rights = staffOf(row);
  if (!rights.services.some((service) => me.services.includes(service)))
    return { error: { assignee: 'unknown-person' } };
  return { change: { status, assignee: { id: row.id, email: row.email }, assigneeRights: rights } };
}

/** Changes each piece of feedback this person may see, in one transaction with its audit lines. */
async function applyChanges(
  deps: StaffRouteDeps,
  context: StaffContext,
  references: string[],
  change: Change & { assigneeRights?: Staff },
) {
  const staff = context.get('staff');
  const at = deps.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const updated: string[] = [];
    const notFound: string[] = [];
    for (const reference of references) {
      const feedback = await findFeedback(trx, reference, staff.services);
      // An assignee who cannot read this service is not offered it.
      const assignable = !change.assigneeRights || !feedback || canSeeService(change.assigneeRights, feedback.service);
      if (!feedback || !assignable) {
        notFound.push(reference);
        continue;
      }
      await changeFeedback(trx, feedback, change, staff.email, at);
      updated.push(reference);
    }
    return { updated, notFound };
  });
}

function badQuery(context: Context, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return fail(context, 400, { code: 'invalid-input', fieldErrors: fieldErrors(issues) });
}
const badBody = badQuery;
