import type { Kysely, Transaction } from 'kysely';
import type { AuditEvent, FeedbackStatus } from '../../api/staff.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** One piece of feedback by reference, with its assignee's email, if its service is visible. */
export function findFeedback(db: Db, reference: string, services: string[]) {
  if (services.length === 0) return Promise.resolve(undefined);
  return db
    .selectFrom('feedback')
    .leftJoin('staff', 'staff.id', 'feedback.assignee_id')
    .selectAll('feedback')
    .select('staff.email as assignee')
    .where('feedback.reference', '=', reference)
    .where('feedback.service', 'in', services)
    .executeTakeFirst();
}

export function notesOf(db: Db, feedbackId: number) {
  return db
    .selectFrom('feedback_note')
    .select(['author_email as author', 'body', 'created_at as createdAt'])
    .where('feedback_id', '=', feedbackId)
    .orderBy('id')
    .execute();
}

export async function historyOf(db: Db, feedbackId: number): Promise<AuditEvent[]> {
  const rows = await db
    .selectFrom('audit_event')
    .select(['at', 'staff_email', 'action', 'from_value', 'to_value'])
    .where('feedback_id', '=', feedbackId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    at: row.at,
    staff: row.staff_email,
    action: row.action,
    from: row.from_value,
    to: row.to_value,
  }));
}

export interface Change {
  status?: FeedbackStatus;
  /** The assignee's account id, or null to unassign. */
  assignee?: { id: number; email: string } | null;
}

/**
 * Applies a change to one piece of feedback and writes what changed to the audit log, in one
 * transaction: there is never a change without its audit line. Returns false when nothing changed.
 */
export async function changeFeedback(
  trx: Transaction<Database>,
  feedback: { id: number; status: string; assignee_id: number | null; assignee: string | null },
  change: Change,
  by: string,
  at: string,
): Promise<boolean> {
  let changed = false;
  if (change.status !== undefined && change.status !== feedback.status) {
    await trx.updateTable('feedback').set({ status: change.status }).where('id', '=', feedback.id).execute();
    await audit(trx, { feedbackId: feedback.id, by, at, action: 'status', from: feedback.status, to: change.status });
    changed = true;
  }
  if (change.assignee !== undefined && (change.assignee?.id ?? null) !== feedback.assignee_id) {
    await trx
      .updateTable('feedback')
      .set({ assignee_id: change.assignee?.id ?? null })
      .where('id', '=', feedback.id)
      .execute();
    await audit(trx, {
      feedbackId: feedback.id,
      by,
      at,
      action: 'assign',
      from: feedback.assignee,
      to: change.assignee?.email ?? null,
    });
    changed = true;
  }
  return changed;
}

export async function addNote(trx: Transaction<Database>, feedbackId: number, body: string, by: string, at: string) {
  await trx
    .insertInto('feedback_note')
    .values({ feedback_id: feedbackId, author_email: by, body, created_at: at })
    .execute();
  await audit(trx, { feedbackId, by, at, action: 'note', from: null, to: null });
}

async function audit(
  trx: Transaction<Database>,
  event: {
    feedbackId: number;
    by: string;
    at: string;
    action: AuditEvent['action'];
    from: string | null;
    to: string | null;
  },
) {
  await trx
    .insertInto('audit_event')
    .values({
      feedback_id: event.feedbackId,
      staff_email: event.by,
      at: event.at,
      action: event.action,
      from_value: event.from,
      to_value: event.to,
    })
    .execute();
}
