// SQLite WAL checkpoints on a worker thread. better-sqlite3 is synchronous: with SQLite's default
// auto-checkpoint, the commit that crosses 1,000 WAL pages copies them into the database file and
// fsyncs it on the event loop, stalling every socket for tens of milliseconds (the sync
// benchmark's p99). Here the main connection never checkpoints; a second connection on a worker
// runs PASSIVE checkpoints, which never block the writer. Under steady writing a PASSIVE
// checkpoint never catches up with the last frame, so the WAL would never start over and grew
// by 11 MB/s in the benchmark: past `restartFrames` the worker follows with a RESTART, which
// holds the writer back only while it copies the frames written since and syncs (an fsync took
// 0.2–0.4 ms on this machine).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The running checkpointer. */
export interface WalCheckpointer {
  /** Stops the worker after its current checkpoint. */
  close(): Promise<void>;
}

/**
 * The worker's code, evaluated as CommonJS so that it runs the same under tsx, vitest and plain
 * node (a .ts worker file would need the TypeScript loader in the worker too).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file, { timeout: 5000 });
db.pragma('synchronous = NORMAL');
let failures = 0;
const timer = setInterval(() => {
  try {
    const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
    if (log > workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
    failures = 0;
  } catch (error) {
    // Reported once per streak: a locked file is retried at the next interval.
    if (failures++ === 0) parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** When and how hard to checkpoint. */
export interface WalCheckpointerOptions {
  /** Between checkpoints (ms, default 1000). */
  intervalMs?: number;
  /** WAL frames (pages) past which the WAL is made to start over (default 4096, 16 MiB). */
  restartFrames?: number;
}

/** Starts checkpointing `file` (the caller set wal_autocheckpoint = 0). */
export function startWalCheckpointer(file: string, options: WalCheckpointerOptions = {}): WalCheckpointer {
  const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
  const workerData = { file, driverPath, intervalMs: options.intervalMs ?? 1000, restartFrames: options.restartFrames ?? 4096 };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  worker.on('message', (m: { error?: string }) => {
    if (m.error) console.error(`[storage] WAL checkpoint of ${file} failed: ${m.error} (retrying)`);
  });
  worker.on('error', (error) => console.error(`[storage] WAL checkpoint worker for ${file} stopped:`, error));
  // The checkpointer alone must not keep the process alive.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async close() {
      // Kept alive until the worker has closed its connection.
      worker.ref();
      worker.postMessage('close');
      await exited;
    },
  };
}
