// The migration list, in code (no files read at run time), and the runner used at open.
import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database, Dialect } from '../db';
import { initialMigration } from './0001_initial';
import { sqliteDocUpdatesRowidMigration } from './0002_sqlite_doc_updates_rowid';

/** Every migration by name; names sort in the order they run. Append only. */
export function buildMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_initial': initialMigration(dialect),
    '0002_sqlite_doc_updates_rowid': sqliteDocUpdatesRowidMigration(dialect),
  };
}

/**
 * Brings the schema up to date. Safe to run on every open and from several processes at once
 * (Kysely's migrator takes a lock table / advisory lock).
 */
export async function migrateToLatest(kysely: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({
    db: kysely,
    provider: { getMigrations: async () => buildMigrations(dialect) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`storage migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
