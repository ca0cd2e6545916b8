// SQLite only: doc_updates keyed by a plain rowid instead of AUTOINCREMENT. AUTOINCREMENT keeps a
// counter row in sqlite_sequence that every commit rewrites: one WAL page of the three each
// relayed edit wrote (measured: 3.45 → 2.45 pages per commit). A plain rowid is max + 1; it is
// reused only if the newest row is deleted, and compaction never deletes the row with the largest
// id (its merged row is inserted first and is newer than every row it read).
import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../db';

/** The migration; PostgreSQL's identity column has no such counter row, so it does nothing there. */
export function sqliteDocUpdatesRowidMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'sqlite') return;
      // Kysely runs SQLite migrations outside a transaction: this one makes the swap all or
      // nothing itself (run again after a crash before Kysely records it, it simply repeats).
      await db.transaction().execute(async (trx) => {
        await sql`CREATE TABLE doc_updates_rowid (id INTEGER PRIMARY KEY, doc_name TEXT NOT NULL, data BLOB NOT NULL)`.execute(trx);
        await sql`INSERT INTO doc_updates_rowid (id, doc_name, data) SELECT id, doc_name, data FROM doc_updates`.execute(trx);
        await sql`DROP TABLE doc_updates`.execute(trx);
        await sql`ALTER TABLE doc_updates_rowid RENAME TO doc_updates`.execute(trx);
        await sql`CREATE INDEX doc_updates_doc_name_id ON doc_updates (doc_name, id)`.execute(trx);
      });
    },
  };
}
