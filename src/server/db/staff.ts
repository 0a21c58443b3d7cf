import type { Kysely } from 'kysely';
import type { Database, StaffRow } from './schema.ts';

export interface NewStaff {
  email: string;
  passwordHash: string;
  role: 'admin' | 'team';
  services: string[];
  guides: boolean;
}

/** Adds an account, or replaces the password and rights of an existing one (same email). */
export async function saveStaff(db: Kysely<Database>, staff: NewStaff, now: string): Promise<'added' | 'updated'> {
  const values = {
    password_hash: staff.passwordHash,
    role: staff.role,
    services: staff.role === 'admin' ? '' : staff.services.join(','),
    guides: staff.guides ? 1 : 0,
  };
  const existing = await findStaffByEmail(db, staff.email);
  if (existing) {
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('staff').set(values).where('id', '=', existing.id).execute();
      // New rights or a new password: sessions opened under the old ones end.
      await trx.deleteFrom('staff_session').where('staff_id', '=', existing.id).execute();
    });
    return 'updated';
  }
  await db
    .insertInto('staff')
    .values({ ...values, email: staff.email, created_at: now })
    .execute();
  return 'added';
}

export function findStaffByEmail(db: Kysely<Database>, email: string): Promise<StaffRow | undefined> {
  return db.selectFrom('staff').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Removes an account; its sessions end with it (the foreign key cascades). */
export async function removeStaff(db: Kysely<Database>, email: string): Promise<boolean> {
  const result = await db.deleteFrom('staff').where('email', '=', email).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function listStaff(db: Kysely<Database>): Promise<StaffRow[]> {
  return db.selectFrom('staff').selectAll().orderBy('email').execute();
}
