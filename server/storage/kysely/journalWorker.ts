// SQLite only, in the server: the journal's records are inserted into doc_updates by a second
// connection on a worker thread, so the relay's event loop spends nothing on them but one write
// to the journal. A segment goes over as one message: the names, and the updates packed into one
// transferred buffer (no copy per update). Compaction runs here too, merge included: merging a
// document's 500 rows on the relay's thread held every relay for several milliseconds: in runs
// long enough to compact, p95 at 50×10 was 1.9–3.2 ms against the reference's 1.3–1.8.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { JournalRecord } from './updateJournal';

/** The running worker. */
export interface JournalWorker {
  /** Inserts the records in one transaction on the worker's connection. */
  store(records: readonly JournalRecord[]): Promise<void>;
  /**
   * Compacts a document's log on the worker (design.md "Compaction"): merges the rows it reads
   * with Y.mergeUpdates, and in one transaction inserts the merged row and deletes exactly the ids
   * read. Resolves with the log's size after.
   */
  compact(docName: string): Promise<{ rows: number; bytes: number }>;
  /** Stops the worker (after the insert it is running). */
  close(): Promise<void>;
}

/** A call waiting for the worker's reply. */
interface Call {
  resolve(stats?: { rows: number; bytes: number }): void;
  reject(error: Error): void;
}

/** The worker's reply to a call. */
interface Reply {
  id: number;
  error?: string;
  /** After a compaction: the log's size. */
  stats?: { rows: number; bytes: number };
}

/** Evaluated as CommonJS, like walCheckpointer.ts, so that it runs the same under tsx, vitest and node. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file, { timeout: 5000 });
db.pragma('synchronous = NORMAL');
db.pragma('wal_autocheckpoint = 0');
const insert = db.prepare(workerData.insertSql);
const Y = require(workerData.yjsPath);
const selectRows = db.prepare('SELECT id, data FROM doc_updates WHERE doc_name = ? ORDER BY id');
const countRows = db.prepare('SELECT count(*) AS n, coalesce(sum(length(data)), 0) AS size FROM doc_updates WHERE doc_name = ?');
const deleteById = db.prepare('DELETE FROM doc_updates WHERE doc_name = ? AND id = ?');
const replaceRows = db.transaction((name, merged, ids) => {
  insert.run(name, merged);
  for (const id of ids) deleteById.run(name, id);
});
function compact(name) {
  // Merged from the rows read, and exactly those deleted (rows moved in meanwhile stay).
  const rows = selectRows.all(name);
  if (rows.length >= 2) replaceRows(name, Y.mergeUpdates(rows.map((r) => r.data)), rows.map((r) => r.id));
  const { n, size } = countRows.get(name);
  return { rows: n, bytes: size };
}
const insertAll = db.transaction(({ names, bytes, ends }) => {
  const all = new Uint8Array(bytes);
  let start = 0;
  names.forEach((name, i) => {
    insert.run(name, all.subarray(start, ends[i]));
    start = ends[i];
  });
});
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    if (message.compact !== undefined) {
      parentPort.postMessage({ id: message.id, stats: compact(message.compact) });
      return;
    }
    insertAll(message);
    parentPort.postMessage({ id: message.id });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String((error && error.message) || error) });
  }
});
`;

/**
 * Starts the worker on `file`; `insertSql` inserts one (doc_name, data) row. A worker that died
 * (an exception, out of memory) is started again for the next call: the records it was given
 * are still in the journal and are given again, and a compaction it was running rolled back.
 */
export function startJournalWorker(file: string, insertSql: string): JournalWorker {
  const { resolve: resolvePath } = createRequire(import.meta.url);
  const workerData = { file, insertSql, driverPath: resolvePath('better-sqlite3'), yjsPath: resolvePath('yjs') };
  const calls = new Map<number, Call>();
  let nextId = 0;
  let closing = false;

  const spawn = () => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.on('message', (m: Reply) => {
      const call = calls.get(m.id);
      calls.delete(m.id);
      if (calls.size === 0) worker.unref();
      if (m.error) call?.reject(new Error(m.error));
      else call?.resolve(m.stats);
    });
    worker.on('error', (error) => console.error(`[storage] journal worker for ${file} failed:`, error));
    const exited = new Promise<void>((resolve) =>
      worker.once('exit', () => {
        if (current?.worker === worker) current = null;
        for (const call of calls.values()) call.reject(new Error('the journal worker has exited'));
        calls.clear();
        resolve();
      }),
    );
    // Only an insert on its way keeps the process alive (see store).
    worker.unref();
    return { worker, exited };
  };
  let current: ReturnType<typeof spawn> | null = spawn();

  /** Posts a message to the (possibly restarted) worker; resolves with its reply. */
  const call = (message: object, transfer: ArrayBuffer[] = []): Promise<Reply['stats']> => {
    if (closing) return Promise.reject(new Error('the journal worker is closed'));
    current ??= spawn();
    const { worker } = current;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      if (calls.size === 0) worker.ref();
      calls.set(id, { resolve, reject });
      worker.postMessage({ ...message, id }, transfer);
    });
  };

  return {
    async store(records) {
      const names = records.map((r) => r.docName);
      const ends: number[] = [];
      const bytes = new Uint8Array(records.reduce((n, r) => n + r.update.length, 0));
      let at = 0;
      for (const r of records) {
        bytes.set(r.update, at);
        at += r.update.length;
        ends.push(at);
      }
      await call({ names, bytes: bytes.buffer, ends }, [bytes.buffer]);
    },
    async compact(docName) {
      const stats = await call({ compact: docName });
      if (!stats) throw new Error('the journal worker did not report the log size');
      return stats;
    },
    async close() {
      closing = true;
      if (!current) return;
      // Kept alive until the worker has closed its connection (its last checkpoint and sync).
      current.worker.ref();
      current.worker.postMessage('close');
      await current.exited;
    },
  };
}
