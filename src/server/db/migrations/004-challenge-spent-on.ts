import type { Kysely } from 'kysely';

/**
 * Released: never edit this file. A used spam challenge remembers which table it was spent on, so
 * a challenge solved for one form cannot be replayed on another with the same idempotency key.
 * Claims made before this migration read '' and match no table: each one's submission was stored
 * in the claim's own transaction, so no reader's retry needs it again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('spam_challenge')
    .addColumn('spent_on', 'text', (column) => column.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('spam_challenge').dropColumn('spent_on').execute();
}
