import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * A secret every instance shares, made once by whichever instance starts first and kept in the
 * database, so a challenge made by one instance is accepted by another.
 */
export async function sharedSecret(db: Kysely<Database>, name: string, now: string): Promise<string> {
  await db
    .insertInto('service_secret')
    .values({ name, value: randomBytes(32).toString('base64url'), created_at: now })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('service_secret').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
