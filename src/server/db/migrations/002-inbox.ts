import { type Kysely, sql } from 'kysely';
import { idColumn, isSqlite } from '../dialect.ts';

/**
 * Released: never edit this file. The inbox: staff accounts and their sessions, the work on each
 * piece of feedback (assignee, notes, an audit of every change), and full-text search of subject
 * and message (FTS5 in SQLite, a GIN index in PostgreSQL).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('staff')
    .addColumn('id', id.type, id.build)
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    // Comma-separated service ids a team member reads; empty for an admin, who reads them all.
    .addColumn('services', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('guides', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('staff_session')
    // SHA-256 of the cookie's token: a copy of the database gives no usable session.
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('staff_id', id.type === 'integer' ? 'integer' : 'bigint', (column) =>
      column.notNull().references('staff.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_seen_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('staff_session_staff').on('staff_session').column('staff_id').execute();

  const staffRef = id.type === 'integer' ? 'integer' : 'bigint';
  await db.schema
    .alterTable('feedback')
    .addColumn('assignee_id', staffRef, (column) => column.references('staff.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('feedback_status').on('feedback').columns(['status', 'received_at']).execute();

  await db.schema
    .createTable('feedback_note')
    .addColumn('id', id.type, id.build)
    .addColumn('feedback_id', staffRef, (column) => column.notNull().references('feedback.id').onDelete('cascade'))
    .addColumn('author_email', 'text')
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('feedback_note_feedback').on('feedback_note').column('feedback_id').execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', id.type, id.build)
    .addColumn('at', 'text', (column) => column.notNull())
    // The email, not a reference to the account: the audit outlives the account.
    .addColumn('staff_email', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('feedback_id', staffRef, (column) => column.notNull().references('feedback.id').onDelete('cascade'))
    .addColumn('from_value', 'text')
    .addColumn('to_value', 'text')
    .execute();
  await db.schema.createIndex('audit_event_feedback').on('audit_event').columns(['feedback_id', 'at']).execute();

  if (isSqlite(db)) {
    // An index of the words of subject and message, kept in step with the table by triggers.
    await sql`create virtual table feedback_text using fts5(subject, message, content='feedback', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`create trigger feedback_text_insert after insert on feedback begin
      insert into feedback_text(rowid, subject, message) values (new.id, new.subject, new.message); end`.execute(db);
    await sql`create trigger feedback_text_delete after delete on feedback begin
      insert into feedback_text(feedback_text, rowid, subject, message) values ('delete', old.id, old.subject, old.message); end`.execute(
      db,
    );
    await sql`insert into feedback_text(rowid, subject, message) select id, subject, message from feedback`.execute(db);
  } else {
    await sql`create index feedback_text on feedback using gin (to_tsvector('simple', subject || ' ' || message))`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) {
    await sql`drop trigger feedback_text_delete`.execute(db);
    await sql`drop trigger feedback_text_insert`.execute(db);
    await sql`drop table feedback_text`.execute(db);
  } else {
    await sql`drop index feedback_text`.execute(db);
  }
  await db.schema.dropTable('audit_event').execute();
  await db.schema.dropTable('feedback_note').execute();
  await db.schema.alterTable('feedback').dropColumn('assignee_id').execute();
  await db.schema.dropTable('staff_session').execute();
  await db.schema.dropTable('staff').execute();
}
