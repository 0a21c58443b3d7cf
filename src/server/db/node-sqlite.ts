import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import {
  type DatabaseConnection,
  SqliteDialect,
  SqliteDriver,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';
import { CompiledQuery } from 'kysely';

/**
 * Kysely over Node's built-in SQLite (`node:sqlite`, no native addon to install). Kysely's SQLite
 * dialect expects better-sqlite3's statement shape; this adapts a `DatabaseSync` to it.
 */
export function nodeSqliteDialect(path: string): SqliteDialect {
  return new NodeSqliteDialect({ database: async () => adapt(openFile(path)) });
}

/** Opens the file with the settings every connection needs (several processes may open it). */
export function openFile(path: string): DatabaseSync {
  const database = new DatabaseSync(path);
  // WAL lets the export and staff commands read and write while the service runs. FULL makes
  // each commit durable on disk before the service acknowledges it (not only in the OS cache).
  database.exec('PRAGMA journal_mode = WAL');
  database.exec('PRAGMA synchronous = FULL');
  database.exec('PRAGMA busy_timeout = 5000');
  database.exec('PRAGMA foreign_keys = ON');
  return database;
}

// node:sqlite binds only numbers, strings, bigints, buffers and null.
const bindable = (value: unknown): SQLInputValue => {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as SQLInputValue;
};

/**
 * Statements are kept once prepared: Kysely asks for the same few SQL texts again and again, and
 * preparing one costs more than running an insert (about a third of the service's time in SQLite
 * under load). Texts that vary (an `in (?, ?, …)` list) are few; past a bound, the least recently used goes.
 */
const keptStatements = 256;

function adapt(database: DatabaseSync): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const kept = prepared.get(sql);
      if (kept) {
        // Used again: it moves to the newest end, so the hot statements are the last to go.
        prepared.delete(sql);
        prepared.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      const params = (parameters: ReadonlyArray<unknown>) => parameters.map(bindable);
      const adapted: SqliteStatement = {
        // A statement that yields columns (a select, or `returning`) is read with all().
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...params(parameters)),
        run: (parameters) => statement.run(...params(parameters)),
        // An iteration in progress would be reset by the next run of the same statement: its own.
        iterate: (parameters) => database.prepare(sql).iterate(...params(parameters)),
      };
      if (prepared.size >= keptStatements) prepared.delete(prepared.keys().next().value as string);
      prepared.set(sql, adapted);
      return adapted;
    },
  };
}

/**
 * Transactions start with BEGIN IMMEDIATE: a deferred BEGIN that reads and then writes fails at
 * once with SQLITE_BUSY when another process (a CLI command) wrote in between, instead of waiting.
 */
class NodeSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
