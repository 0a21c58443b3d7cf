import { createHash } from 'node:crypto';
import type { Kysely, RawBuilder } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.ts';

const pools = new WeakMap<Kysely<Database>, pg.Pool>();

/** Marks a PostgreSQL database whose hot statements may be prepared on its connections. */
export function allowPrepared(db: Kysely<Database>, pool: pg.Pool): void {
  pools.set(db, pool);
}

/**
 * Runs a statement that the service runs on every submission as a named prepared statement on
 * PostgreSQL, parsed and planned once per connection instead of at every call. The name is the
 * hash of the text, so two texts never share one. Elsewhere (SQLite) it runs as usual.
 */
export async function executePrepared<Row>(db: Kysely<Database>, query: RawBuilder<Row>): Promise<Row[]> {
  const pool = pools.get(db);
  if (!pool) return (await query.execute(db)).rows;
  const compiled = query.compile(db);
  const name = `hot-${createHash('sha256').update(compiled.sql).digest('hex').slice(0, 24)}`;
  const result = await pool.query({ name, text: compiled.sql, values: compiled.parameters as unknown[] });
  return result.rows as Row[];
}
