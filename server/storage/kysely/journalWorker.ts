// SQLite only, in the server: the journal's records are inserted into doc_updates by a second
// connection on a worker thread, so the relay's event loop spends nothing on them but one write
// to the journal. A segment goes over as one message: the names, and the updates packed into one
// transferred buffer (no copy per update).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { JournalRecord } from './updateJournal';

/** The running worker. */
export interface JournalWorker {
  /** Inserts the records in one transaction on the worker's connection. */
  store(records: readonly JournalRecord[]): Promise<void>;
  /** Stops the worker (after the insert it is running). */
  close(): Promise<void>;
}

/** Evaluated as CommonJS, like walCheckpointer.ts, so that it runs the same under tsx, vitest and node. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file, { timeout: 5000 });
db.pragma('synchronous = NORMAL');
db.pragma('wal_autocheckpoint = 0');
const insert = db.prepare(workerData.insertSql);
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
    insertAll(message);
    parentPort.postMessage({ id: message.id });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String((error && error.message) || error) });
  }
});
`;

/**
 * Starts the worker on `file`; `insertSql` inserts one (doc_name, data) row. A worker that died
 * (an exception, out of memory) is started again for the next insert: the records it was given
 * are still in the journal and are given again.
 */
export function startJournalWorker(file: string, insertSql: string): JournalWorker {
  const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
  const calls = new Map<number, { resolve(): void; reject(error: Error): void }>();
  let nextId = 0;
  let closing = false;

  const spawn = () => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driverPath, insertSql } });
    worker.on('message', (m: { id: number; error?: string }) => {
      const call = calls.get(m.id);
      calls.delete(m.id);
      if (calls.size === 0) worker.unref();
      if (m.error) call?.reject(new Error(m.error));
      else call?.resolve();
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

  return {
    store(records) {
      if (closing) return Promise.reject(new Error('the journal worker is closed'));
      current ??= spawn();
      const { worker } = current;
      const names = records.map((r) => r.docName);
      const ends: number[] = [];
      const bytes = new Uint8Array(records.reduce((n, r) => n + r.update.length, 0));
      let at = 0;
      for (const r of records) {
        bytes.set(r.update, at);
        at += r.update.length;
        ends.push(at);
      }
      const id = nextId++;
      return new Promise<void>((resolve, reject) => {
        if (calls.size === 0) worker.ref();
        calls.set(id, { resolve, reject });
        worker.postMessage({ id, names, bytes: bytes.buffer, ends }, [bytes.buffer]);
      });
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
