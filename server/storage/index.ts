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
  /** SQLite: checkpoint the WAL on a worker thread (the server's setting; see walCheckpointer.ts). */
  sqliteCheckpointInWorker?: boolean;
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
  const db: Db = isPostgresUrl(opts.databaseUrl) ? openPostgres(opts.databaseUrl) : openSqlite(opts.dataDir, { checkpointInWorker: opts.sqliteCheckpointInWorker });
  try {
    await migrateToLatest(db.kysely, db.dialect);
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
    docUpdates: createDocUpdateStore(db),
    dialect: db.dialect,
    close: () => db.close(),
  };
}
