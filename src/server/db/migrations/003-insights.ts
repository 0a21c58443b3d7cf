import { type Kysely, sql } from 'kysely';
import { idColumn, isSqlite } from '../dialect.ts';

/**
 * Released: never edit this file. The insights: raw events as pages report them (kept a short
 * while), and their daily counts, which the dashboard reads. No column holds anything that could
 * tell two readers apart.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('insight_event')
    .addColumn('id', id.type, id.build)
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('guide', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('walkthrough', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('step', 'integer', (column) => column.notNull().defaultTo(0))
    // A search's query, or a walkthrough start's mode.
    .addColumn('key', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('results', 'integer')
    .addColumn('opened', 'integer')
    .addColumn('folded', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await sql`create index insight_event_unfolded on insight_event (id) where folded = 0`.execute(db);
  await db.schema.createIndex('insight_event_day').on('insight_event').column('day').execute();

  const daily = db.schema
    .createTable('insight_daily')
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('guide', 'text', (column) => column.notNull())
    .addColumn('walkthrough', 'text', (column) => column.notNull())
    .addColumn('step', 'integer', (column) => column.notNull())
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('count', 'bigint', (column) => column.notNull())
    // The dashboard reads one kind over a run of days (one language or all): the key is in that order.
    .addPrimaryKeyConstraint('insight_daily_pk', ['kind', 'day', 'locale', 'guide', 'walkthrough', 'step', 'key']);
  await (isSqlite(db) ? daily.modifyEnd(sql`without rowid`) : daily).execute();

  // The same counts summed over the periods the dashboard offers (7, 30, 90 days up to today),
  // kept up to date as events are folded and as days leave each period: the dashboard reads a
  // few hundred rows, not 30 days of them.
  const period = db.schema
    .createTable('insight_period')
    .addColumn('period', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('guide', 'text', (column) => column.notNull())
    .addColumn('walkthrough', 'text', (column) => column.notNull())
    .addColumn('step', 'integer', (column) => column.notNull())
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('count', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('insight_period_pk', ['period', 'kind', 'locale', 'guide', 'walkthrough', 'step', 'key']);
  await (isSqlite(db) ? period.modifyEnd(sql`without rowid`) : period).execute();
  // The most counted first, in all languages or in one.
  await db.schema.createIndex('insight_period_top').on('insight_period').columns(['period', 'kind', 'count']).execute();
  await db.schema
    .createIndex('insight_period_top_locale')
    .on('insight_period')
    .columns(['period', 'kind', 'locale', 'count'])
    .execute();
  await db.schema
    .createTable('insight_window')
    .addColumn('period', 'integer', (column) => column.primaryKey())
    // The last day (UTC) the period's counts end on.
    .addColumn('last_day', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('insight_window').execute();
  await db.schema.dropTable('insight_period').execute();
  await db.schema.dropTable('insight_daily').execute();
  await db.schema.dropTable('insight_event').execute();
}
