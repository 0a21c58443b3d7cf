import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import * as feedback from './migrations/001-feedback.ts';
import * as inbox from './migrations/002-inbox.ts';
import * as insights from './migrations/003-insights.ts';
import * as challengeSpentOn from './migrations/004-challenge-spent-on.ts';

/**
 * Every migration, in order. Listed here rather than read from a folder so the service has no
 * file-system lookup at start and a bundler keeps them. Add a file, add a line; never edit one.
 */
const migrations: Record<string, Migration> = {
  '001-feedback': feedback,
  '002-inbox': inbox,
  '003-insights': insights,
  '004-challenge-spent-on': challengeSpentOn,
};

/** Brings the database to the latest schema; safe to run from several processes at once. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`The database could not be migrated${name}: ${error instanceof Error ? error.message : error}`);
  }
}
