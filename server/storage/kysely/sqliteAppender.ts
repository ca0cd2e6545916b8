// The sync pipeline's commits on SQLite, written by a worker thread with its own connection.
// better-sqlite3 is synchronous: on the event loop, each commit's WAL writes (two to three pages
// and their syscalls) held up every socket. The event loop now only posts the batch and resumes
// relaying when the worker answers that it is committed; durability is unchanged (the worker's
// COMMIT is in the WAL before the answer). Other writes stay on the main connection; when the two
// meet, SQLite's busy timeout makes one wait for the other's short transaction.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** One row to append. */
export interface AppendRow {
  docName: string;
  update: Uint8Array;
}

/** The running appender. */
export interface SqliteAppender {
  /** Appends the rows in one transaction; resolves once committed. */
  append(rows: readonly AppendRow[]): Promise<void>;
  /** Waits for the appends in flight, then stops the worker. */
  close(): Promise<void>;
}

/** Evaluated as CommonJS, for the reason walCheckpointer.ts gives. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file, { timeout: 5000 });
db.pragma('synchronous = NORMAL');
db.pragma('wal_autocheckpoint = 0');
const insert = db.prepare('INSERT INTO doc_updates (doc_name, data) VALUES (?, ?)');
const appendAll = db.transaction((rows) => {
  for (const row of rows) insert.run(row.docName, Buffer.from(row.update.buffer, row.update.byteOffset, row.update.byteLength));
});
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    appendAll(message.rows);
    parentPort.postMessage({ id: message.id });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String((error && error.message) || error) });
  }
});
`;

/** Starts the appender on `file`, whose schema is already migrated. */
export function startSqliteAppender(file: string): SqliteAppender {
  const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driverPath } });
  const waiting = new Map<number, { resolve(): void; reject(error: Error): void }>();
  const inflight = new Set<Promise<void>>();
  let nextId = 0;
  let stopped: Error | null = null;

  const failAll = (error: Error) => {
    stopped ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (m: { id: number; error?: string }) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error === undefined) w.resolve();
    else w.reject(new Error(`append failed: ${m.error}`));
  });
  worker.on('error', (error) => {
    console.error('[storage] SQLite append worker failed:', error);
    failAll(new Error(`the append worker stopped: ${error.message}`));
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      failAll(new Error('the append worker has exited'));
      resolve();
    }),
  );
  // An idle worker must not keep the process alive; a pending append does (ref below).
  worker.unref();

  return {
    append(rows) {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      if (waiting.size === 0) worker.ref();
      const answered = new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, rows });
      });
      const settled = answered.then(
        () => {},
        () => {},
      );
      inflight.add(settled);
      void settled.then(() => {
        inflight.delete(settled);
        if (waiting.size === 0) worker.unref();
      });
      return answered;
    },
    async close() {
      await Promise.all([...inflight]);
      worker.postMessage('close');
      await exited;
    },
  };
}
