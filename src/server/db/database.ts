import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { commitGroup, transactionPerCall, type Write } from './commit-group.ts';
import { migrateToLatest } from './migrate.ts';
import { allowPrepared } from './prepared.ts';
import { nodeSqliteDialect } from './node-sqlite.ts';
import type { Database } from './schema.ts';

/** Where the data lives: a PostgreSQL URL, or the embedded database's folder. */
export interface StorageSettings {
  databaseUrl?: string;
  dataDir: string;
  /** Connections to PostgreSQL per process. */
  poolSize?: number;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  /** Where a reader's submission is written: it resolves once its transaction has committed. */
  write: Write;
  engine: 'sqlite' | 'postgres';
  /** Where it is, for logs and messages: a file path or the server's host (never a password). */
  location: string;
  close(): Promise<void>;
}

export const sqliteFileName = 'feedback.sqlite';

const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

// PostgreSQL's bigint and count(*) arrive as strings; every number we keep fits a double.
const numericTypes = [20, 1700];
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    numericTypes.includes(oid) ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
};

/**
 * Opens the one database everything goes through (the service, the CLI commands, the tests) and
 * applies the migrations. The rest of the code asks which engine it is in one place only: how a
 * submission is stored (src/server/feedback/store.ts), one statement on PostgreSQL.
 */
export async function openDatabase(settings: StorageSettings): Promise<OpenDatabase> {
  const open = settings.databaseUrl ? postgres(settings.databaseUrl, settings.poolSize) : sqlite(settings.dataDir);
  try {
    await migrateToLatest(open.db as Kysely<unknown>);
  } catch (error) {
    await open.close();
    throw error;
  }
  return open;
}

function postgres(url: string, poolSize = 10): OpenDatabase {
  if (!isPostgresUrl(url)) {
    throw new Error('DATABASE_URL must start with postgres:// (or be unset to use the embedded database).');
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection closed by the server (a restart, a failover) must not crash the process:
  // the pool drops it and opens a new one for the next query, which is where a failure shows.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  allowPrepared(db, pool);
  return {
    db,
    write: transactionPerCall(db),
    engine: 'postgres',
    location: new URL(url).host,
    close: () => db.destroy(),
  };
}

function sqlite(dataDir: string): OpenDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, sqliteFileName);
  const db = new Kysely<Database>({ dialect: nodeSqliteDialect(file) });
  return { db, write: commitGroup(db), engine: 'sqlite', location: file, close: () => db.destroy() };
}
