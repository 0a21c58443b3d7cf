import type { Kysely } from 'kysely';
import { idColumn } from '../dialect.ts';

/**
 * Released: never edit this file. Change the schema with a new numbered migration.
 * Feedback about a service, answers to "Was this guide helpful?", and what the service needs to
 * refuse abuse (rate-limit windows, used spam challenges, shared secrets).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('feedback')
    .addColumn('id', id.type, id.build)
    .addColumn('reference', 'text', (column) => column.notNull().unique())
    .addColumn('idempotency_key', 'text', (column) => column.notNull().unique())
    .addColumn('body_hash', 'text', (column) => column.notNull())
    .addColumn('service', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('message', 'text', (column) => column.notNull())
    .addColumn('email', 'text')
    .addColumn('locale', 'text')
    .addColumn('received_at', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('new'))
    .execute();
  await db.schema.createIndex('feedback_received_at').on('feedback').column('received_at').execute();
  await db.schema
    .createIndex('feedback_service_received_at')
    .on('feedback')
    .columns(['service', 'received_at'])
    .execute();

  await db.schema
    .createTable('guide_feedback')
    .addColumn('id', id.type, id.build)
    .addColumn('reference', 'text', (column) => column.notNull().unique())
    .addColumn('idempotency_key', 'text', (column) => column.notNull().unique())
    .addColumn('body_hash', 'text', (column) => column.notNull())
    .addColumn('guide', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('helpful', 'integer', (column) => column.notNull())
    .addColumn('reason', 'text')
    .addColumn('comment', 'text')
    .addColumn('step', 'integer')
    .addColumn('received_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('guide_feedback_received_at').on('guide_feedback').column('received_at').execute();
  await db.schema
    .createIndex('guide_feedback_guide_locale')
    .on('guide_feedback')
    .columns(['guide', 'locale', 'received_at'])
    .execute();

  await db.schema
    .createTable('rate_limit')
    .addColumn('bucket', 'text', (column) => column.notNull())
    .addColumn('window_start', 'bigint', (column) => column.notNull())
    .addColumn('hits', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('rate_limit_pk', ['bucket', 'window_start'])
    .execute();

  await db.schema
    .createTable('spam_challenge')
    .addColumn('signature', 'text', (column) => column.primaryKey())
    .addColumn('idempotency_key', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('service_secret')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['service_secret', 'spam_challenge', 'rate_limit', 'guide_feedback', 'feedback']) {
    await db.schema.dropTable(table).execute();
  }
}
