import type { Kysely } from 'kysely';
import type { Database, StaffRow } from './schema.ts';

export async function createSession(db: Kysely<Database>, tokenHash: string, staffId: number, now: string) {
  await db
    .insertInto('staff_session')
    .values({ token_hash: tokenHash, staff_id: staffId, created_at: now, last_seen_at: now })
    .execute();
}

export interface SessionWithStaff {
  staff: StaffRow;
  createdAt: string;
  lastSeenAt: string;
}

/** The session a token hash opens, with its account; undefined when there is none. */
export async function findSession(db: Kysely<Database>, tokenHash: string): Promise<SessionWithStaff | undefined> {
  const row = await db
    .selectFrom('staff_session')
    .innerJoin('staff', 'staff.id', 'staff_session.staff_id')
    .select([
      'staff.id',
      'staff.email',
      'staff.password_hash',
      'staff.role',
      'staff.services',
      'staff.guides',
      'staff.created_at',
      'staff_session.created_at as session_created_at',
      'staff_session.last_seen_at',
    ])
    .where('staff_session.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_created_at, last_seen_at, ...staff } = row;
  return { staff, createdAt: session_created_at, lastSeenAt: last_seen_at };
}

export async function touchSession(db: Kysely<Database>, tokenHash: string, now: string) {
  await db.updateTable('staff_session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string) {
  await db.deleteFrom('staff_session').where('token_hash', '=', tokenHash).execute();
}

/** Forgets sessions that were last used before a time, or opened before another. */
export async function deleteStaleSessions(db: Kysely<Database>, lastSeenBefore: string, openedBefore: string) {
  await db
    .deleteFrom('staff_session')
    .where((eb) => eb.or([eb('last_seen_at', '<', lastSeenBefore), eb('created_at', '<', openedBefore)]))
    .execute();
}
