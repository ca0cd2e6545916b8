// The per-document append-only log of Yjs updates, and its compaction commit (design.md
// "Sync pipeline" and "Compaction"). Rows are opaque bytes here; merging happens in the service.
import { CompiledQuery } from 'kysely';
import type { DocUpdateStore } from '../types';
import { type Db, readBytes, readInt, writeBytes } from './db';

/** Rows per INSERT / ids per IN list, well under both dialects' bound-parameter limits. */
const CHUNK = 500;

/** The document update store over `db`. */
export function createDocUpdateStore({ kysely }: Db): DocUpdateStore {
  // The INSERT of n rows, compiled once per n: appendBatch runs on the relay path for every
  // batch, and building and compiling the query cost more than SQLite's write itself.
  const insertSql = new Map<number, string>();
  const insertOf = (rows: Array<{ doc_name: string; data: Buffer }>): CompiledQuery => {
    let sql = insertSql.get(rows.length);
    if (sql === undefined) {
      sql = kysely.insertInto('doc_updates').values(rows).compile().sql;
      insertSql.set(rows.length, sql);
    }
    // Parameters in the compiled order: (doc_name, data) per row.
    return CompiledQuery.raw(sql, rows.flatMap((r) => [r.doc_name, r.data]));
  };

  return {
    async appendBatch(updates) {
      if (updates.length === 0) return;
      const rows = updates.map((u) => ({ doc_name: u.docName, data: writeBytes(u.update) }));
      // One statement is atomic by itself: the usual per-tick batch needs no BEGIN/COMMIT.
      if (rows.length <= CHUNK) {
        await kysely.executeQuery(insertOf(rows));
        return;
      }
      // Only queries inside the callback: on SQLite the transaction holds the one connection.
      await kysely.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += CHUNK) await trx.executeQuery(insertOf(rows.slice(i, i + CHUNK)));
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
