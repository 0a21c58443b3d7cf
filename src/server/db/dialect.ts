import { type ColumnDefinitionBuilder, type Kysely, SqliteAdapter } from 'kysely';

/** Which engine a Kysely instance talks to; only migrations need to know. */
export const isSqlite = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof SqliteAdapter;

/** An auto-numbered primary key, written the way each engine spells it. */
export function idColumn(db: Kysely<unknown>) {
  return isSqlite(db)
    ? { type: 'integer' as const, build: (column: ColumnDefinitionBuilder) => column.primaryKey().autoIncrement() }
    : {
        type: 'bigint' as const,
        build: (column: ColumnDefinitionBuilder) => column.primaryKey().generatedAlwaysAsIdentity(),
      };
}
