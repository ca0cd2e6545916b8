// The per-document append-only log of Yjs updates, and its compaction commit (design.md
// "Sync pipeline" and "Compaction"). Rows are opaque bytes here; merging happens in the service.
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import type { DocUpdateStore } from '../types';
import { type Db, readBytes, readInt, writeBytes } from './db';

/** Rows per INSERT / ids per IN list, well under both dialects' bound-parameter limits. */
const CHUNK = 500;

/** The document update store over `db`. */
export function createDocUpdateStore({ kysely, sqlite }: Db): DocUpdateStore {
  // The INSERT of n rows, compiled once per n: appendBatch runs on the relay path for every
  // batch, and building and compiling the query cost more than SQLite's write itself.
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
  const paramsOf = (rows: AppendRow[]) => rows.flatMap((r) => [r.doc_name, r.data]);
  const appendNow = sqlite ? createSqliteAppend(sqlite, sqlOf, paramsOf) : null;

  return {
    async appendBatch(updates) {
      if (updates.length === 0) return;
      const rows = updates.map((u) => ({ doc_name: u.docName, data: writeBytes(u.update) }));
      if (appendNow?.(rows)) return;
      // One statement is atomic by itself: the usual per-tick batch needs no BEGIN/COMMIT.
      if (rows.length <= CHUNK) {
        await kysely.executeQuery(CompiledQuery.raw(sqlOf(rows.length), paramsOf(rows)));
        return;
      }
      // Only queries inside the callback: on SQLite the transaction holds the one connection.
      await kysely.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += CHUNK) {
          const chunk = rows.slice(i, i + CHUNK);
          await trx.executeQuery(CompiledQuery.raw(sqlOf(chunk.length), paramsOf(chunk)));
        }
      });
    },

    async read(docName) {
      const rows = await kysely
        .selectFrom('doc_updates')
        .select(['id', 'doc_name', 'data'])
        .where('doc_name', '=', docName)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: readInt(r.id), docName: r.doc_name, update: readBytes(r.data) }));
    },

    async stats(docName) {
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
  };
}

interface AppendRow {
  doc_name: string;
  data: Buffer;
}

/**
 * SQLite's append on the relay path, run synchronously on the connection under Kysely. Going
 * through Kysely costs a mutex and several promise round trips per commit, each a chance for the
 * event loop to run something else before the edit is relayed. Safe only while no Kysely
 * transaction is open on the connection (it would take this write into its own commit or
 * rollback): then it returns false and the caller goes through Kysely, which waits its turn.
 * better-sqlite3 runs the statement to its end before anything else runs, so Kysely never sees
 * it half done.
 */
function createSqliteAppend(
  sqlite: BetterSqlite3.Database,
  sqlOf: (rows: number) => string,
  paramsOf: (rows: AppendRow[]) => unknown[],
): (rows: AppendRow[]) => boolean {
  const statements = new Map<number, BetterSqlite3.Statement>();
  const run = (rows: AppendRow[]) => {
    let statement = statements.get(rows.length);
    if (!statement) statements.set(rows.length, (statement = sqlite.prepare(sqlOf(rows.length))));
    statement.run(paramsOf(rows));
  };
  const runChunks = sqlite.transaction((rows: AppendRow[]) => {
    for (let i = 0; i < rows.length; i += CHUNK) run(rows.slice(i, i + CHUNK));
  });
  return (rows) => {
    if (sqlite.inTransaction) return false;
    if (rows.length <= CHUNK) run(rows);
    else runChunks(rows);
    return true;
  };
}
