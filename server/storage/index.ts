// The storage entry point: opens SQLite (default) or PostgreSQL, migrates, and hands out the
// stores of storage/types.ts. Callers outside storage/ import only this module and types.ts.
import { type Db, isPostgresUrl, openPostgres, openSqlite } from './kysely/db';
import { createDocUpdateStore } from './kysely/docUpdates';
import { createMemberStore } from './kysely/members';
import { migrateToLatest } from './kysely/migrations';
import { createNodeStore } from './kysely/nodes';
import { createSessionStore } from './kysely/sessions';
import { createUserStore } from './kysely/users';
import { createYearbookStore } from './kysely/yearbooks';
import type { Storage } from './types';

export type * from './types';

/** Where the data lives. */
export interface StorageOptions {
  /** A `postgres://` (or `postgresql://`) URL selects PostgreSQL; unset or empty means SQLite. */
  databaseUrl?: string;
  /** Directory of the SQLite file `nianjian.db`; created when missing. */
  dataDir: string;
  /** SQLite: WAL checkpoints and journal moves on worker threads (the server's setting; see db.ts). */
  sqliteBackgroundThreads?: boolean;
}

/**
 * Opens the database chosen by `opts`, runs pending migrations and returns the stores.
 * Close it with `storage.close()`.
 */
export async function createStorage(opts: StorageOptions): Promise<Storage> {
  if (opts.databaseUrl && !isPostgresUrl(opts.databaseUrl)) {
    // A typo must not fall back to an empty SQLite file silently. The URL may hold a password.
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(opts.databaseUrl)?.[0] ?? 'no scheme';
    throw new Error(`databaseUrl must be a postgres:// URL (got ${scheme}); leave it unset for SQLite`);
  }
  const db: Db = isPostgresUrl(opts.databaseUrl) ? openPostgres(opts.databaseUrl) : openSqlite(opts.dataDir, { backgroundThreads: opts.sqliteBackgroundThreads });
  try {
    await migrateToLatest(db.kysely, db.dialect);
  } catch (error) {
    await db.close();
    throw error;
  }
  let docUpdates;
  try {
    // On SQLite this stores what an earlier process left in its update journal.
    docUpdates = createDocUpdateStore(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    users: createUserStore(db),
    sessions: createSessionStore(db),
    yearbooks: createYearbookStore(db),
    members: createMemberStore(db),
    nodes: createNodeStore(db),
    docUpdates,
    dialect: db.dialect,
    async close() {
      // The journal's last move needs the connection.
      try {
        await docUpdates.close();
      } finally {
        await db.close();
      }
    },
  };
}
