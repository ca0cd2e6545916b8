// The per-document append-only log of Yjs updates, and its compaction commit (design.md
// "Sync pipeline" and "Compaction"). Rows are opaque bytes here; merging happens in the service,
// except in the server on SQLite, where the journal worker merges off the relay's thread
// (journalWorker.ts). On SQLite appends go through the update journal (updateJournal.ts,
// journalMover.ts).
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import type { DocUpdateStore } from '../types';
import { type Db, readBytes, readInt, writeBytes } from './db';
import { createJournalMover, type JournalMover, storeLeftovers } from './journalMover';
import { startJournalWorker } from './journalWorker';
import { type JournalRecord, openUpdateJournal } from './updateJournal';

/** Rows per INSERT / ids per IN list, well under both dialects' bound-parameter limits. */
const CHUNK = 500;

/** The store, and what closing the database must wait for (the journal's last move). */
export type DocUpdateStoreHandle = DocUpdateStore & { close(): Promise<void> };

/**
 * The document update store over `db`. On SQLite an append is committed by the update journal
 * and moved into the table shortly after (journalMover.ts); on PostgreSQL it is one INSERT.
 */
export function createDocUpdateStore(db: Db): DocUpdateStoreHandle {
  const { kysely, sqlite } = db;
  // The INSERT of n rows, compiled once per n: building and compiling the query cost more than
  // SQLite's write itself.
  const insertSql = new Map<number, string>();
  const sqlOf = (rows: number): string => {
    let sql = insertSql.get(rows);
    if (sql === undefined) {
      const placeholder = { doc_name: '', data: Buffer.alloc(0) };
      sql = kysely.insertInto('doc_updates').values(Array.from({ length: rows }, () => placeholder)).compile().sql;
      insertSql.set(rows, sql);
    }
    return sql;
  };
  // Parameters in the compiled order: (doc_name, data) per row.
  const paramsOf = (rows: readonly JournalRecord[]) => rows.flatMap((r) => [r.docName, writeBytes(r.update)]);
  const mover = sqlite && db.file ? openJournaledAppends(sqlite, db.file, db.backgroundThreads === true, sqlOf, paramsOf) : null;

  const appendNow = mover
    ? (updates: Array<{ docName: string; update: Uint8Array }>) => {
        if (updates.length > 0) mover.append(updates);
      }
    : undefined;

  return {
    appendNow,
    compact: mover?.compact,
    async appendBatch(updates) {
      if (updates.length === 0) return;
      if (appendNow) {
        appendNow(updates);
        return;
      }
      // One statement is atomic by itself: the usual per-tick batch needs no BEGIN/COMMIT.
      if (updates.length <= CHUNK) {
        await kysely.executeQuery(CompiledQuery.raw(sqlOf(updates.length), paramsOf(updates)));
        return;
      }
      await kysely.transaction().execute(async (trx) => {
        for (let i = 0; i < updates.length; i += CHUNK) {
          const chunk = updates.slice(i, i + CHUNK);
          await trx.executeQuery(CompiledQuery.raw(sqlOf(chunk.length), paramsOf(chunk)));
        }
      });
    },

    async read(docName) {
      await mover?.whenMoved();
      const rows = await kysely
        .selectFrom('doc_updates')
        .select(['id', 'doc_name', 'data'])
        .where('doc_name', '=', docName)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: readInt(r.id), docName: r.doc_name, update: readBytes(r.data) }));
    },

    async stats(docName) {
      await mover?.whenMoved();
      const row = await kysely
        .selectFrom('doc_updates')
        .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.sum<number | string | null>(eb.fn('length', ['data'])).as('bytes')])
        .where('doc_name', '=', docName)
        .executeTakeFirstOrThrow();
      return { rows: readInt(row.rows as number | string), bytes: readInt(row.bytes) };
    },

    async replace(docName, ids, merged) {
      const data = writeBytes(merged);
      await kysely.transaction().execute(async (trx) => {
        await trx.insertInto('doc_updates').values({ doc_name: docName, data }).execute();
        // Exactly the rows that were merged: never `id <= max`, because on PostgreSQL a row with
        // a smaller id can commit after the read (sequence order is not commit order).
        for (let i = 0; i < ids.length; i += CHUNK) {
          await trx
            .deleteFrom('doc_updates')
            .where('doc_name', '=', docName)
            .where('id', 'in', ids.slice(i, i + CHUNK))
            .execute();
        }
      });
    },

    close: async () => mover?.close(),
  };
}

/**
 * SQLite's append path: the update journal, with leftovers of earlier processes stored first, and
 * its records moved into the table on a worker thread (the server) or on this connection.
 */
function openJournaledAppends(
  sqlite: BetterSqlite3.Database,
  file: string,
  inWorker: boolean,
  sqlOf: (rows: number) => string,
  paramsOf: (rows: readonly JournalRecord[]) => unknown[],
): JournalMover & Pick<DocUpdateStore, 'compact'> & { close(): Promise<void> } {
  const statements = new Map<number, BetterSqlite3.Statement>();
  const insertAll = sqlite.transaction((records: readonly JournalRecord[]) => {
    for (let i = 0; i < records.length; i += CHUNK) {
      const chunk = records.slice(i, i + CHUNK);
      let statement = statements.get(chunk.length);
      if (!statement) statements.set(chunk.length, (statement = sqlite.prepare(sqlOf(chunk.length))));
      statement.run(paramsOf(chunk));
    }
  });
  const journal = openUpdateJournal(file);
  try {
    storeLeftovers(journal, insertAll);
  } catch (error) {
    journal.close(); // the leftovers stay on disk for the next start
    throw error;
  }
  const worker = inWorker ? startJournalWorker(file, sqlOf(1)) : null;
  const mover = createJournalMover({
    journal,
    store: worker
      ? (records) => worker.store(records)
      : async (records) => {
          // A Kysely transaction open on the connection would take this write into its commit
          // or rollback: wait for it to end.
          while (sqlite.inTransaction) await new Promise((resolve) => setTimeout(resolve, 2));
          insertAll(records);
        },
  });
  return {
    ...mover,
    // Like `read`, after every update appended so far is moved: the merge takes all of them.
    compact: worker
      ? async (docName) => {
          await mover.whenMoved();
          return worker.compact(docName);
        }
      : undefined,
    async close() {
      try {
        await mover.close();
      } finally {
        await worker?.close();
      }
    },
  };
}
