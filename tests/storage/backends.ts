// Runs one contract suite against every storage backend: SQLite in a real temp file and
// PostgreSQL in its own database. PostgreSQL is skipped with a notice when it is not running.
import { afterAll, beforeAll, describe } from 'vitest';
import { createStorage } from '@server/storage';
import type { Storage } from '@server/storage/types';
import { createTestDatabase, probePostgres } from '../helpers/postgres';
import { createTempDataDir } from '../helpers/tempSqlite';

/** Whether PostgreSQL answers (probed once per test file; a notice is printed when not). */
export const hasPostgres = await probePostgres('tests/storage');

/** What a suite body gets: the open storage and a way to open the same data again. */
export interface BackendContext {
  readonly dialect: 'sqlite' | 'postgres';
  /** The storage opened before the suite (valid inside tests and hooks). */
  readonly storage: Storage;
  /** Opens another storage on the same file/database (closed after the suite if not before). */
  open(): Promise<Storage>;
  /** The SQLite data directory (undefined on PostgreSQL). */
  readonly dataDir: string | undefined;
  /** The PostgreSQL database URL (undefined on SQLite). */
  readonly databaseUrl: string | undefined;
}

/** Declares `describe(title [dialect])` once per backend with a fresh database each. */
export function describeEachBackend(title: string, body: (ctx: BackendContext) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    describe.skipIf(dialect === 'postgres' && !hasPostgres)(`${title} [${dialect}]`, () => {
      let location: { databaseUrl?: string; dataDir: string; cleanup(): Promise<void> } | undefined;
      let main: Storage | undefined;
      const opened: Storage[] = [];

      const open = async () => {
        if (!location) throw new Error('backend not set up');
        const storage = await createStorage({ databaseUrl: location.databaseUrl, dataDir: location.dataDir });
        opened.push(storage);
        return storage;
      };

      beforeAll(async () => {
        if (dialect === 'sqlite') {
          const temp = await createTempDataDir();
          location = { dataDir: temp.dir, cleanup: temp.remove };
        } else {
          const database = await createTestDatabase();
          location = { databaseUrl: database.url, dataDir: 'unused', cleanup: database.drop };
        }
        main = await open();
      });

      afterAll(async () => {
        // close() may already have been called by a test; a second destroy is harmless.
        await Promise.allSettled(opened.map((s) => s.close()));
        await location?.cleanup();
      });

      body({
        dialect,
        get storage() {
          if (!main) throw new Error('backend not set up');
          return main;
        },
        open,
        get dataDir() {
          return dialect === 'sqlite' ? location?.dataDir : undefined;
        },
        get databaseUrl() {
          return location?.databaseUrl;
        },
      });
    });
  }
}
