// SQLite only: appends go to the update journal (updateJournal.ts), which is the commit of the
// sync pipeline, and are moved into doc_updates a segment at a time about 2 s later,
// off the relay path (on a worker thread in the server: journalWorker.ts). Readers of the table
// first wait until everything appended before them is moved, so a document loaded or compacted
// never misses a committed update.
import type { JournalRecord, UpdateJournal } from './updateJournal';

/** The journaled append path of one SQLite database. */
export interface JournalMover {
  /** Commits the records (one write to the journal). Throws when they cannot be stored. */
  append(records: readonly JournalRecord[]): void;
  /** Resolves once every record appended so far is in the table; rejects if moving fails. */
  whenMoved(): Promise<void>;
  /** Moves what is pending and closes the journal (its files stay on disk if a move failed). */
  close(): Promise<void>;
}

export interface JournalMoverOptions {
  journal: UpdateJournal;
  /** Inserts the records into doc_updates in one transaction. */
  store(records: readonly JournalRecord[]): Promise<void>;
  /**
   * How long appends gather before they are moved (ms, default 2000). Readers never wait for it:
   * one that needs the table moves at once. At 50 ms the worker's moves cost 1.6 % of a core at the
   * sync benchmark's 50×10 load, at 250 ms about 0.5 %. Each move also disturbed the relays: at
   * 20×5 in turns our p95 was 1.14× the reference's with moves every 250 ms (three rounds; 1.20×
   * in a run with this worker at nice 10), 0.96× with moves every 2 s (five rounds). The journal
   * is the commit; moving later costs only memory (the records wait in it) and a longer replay
   * after a crash.
   */
  delayMs?: number;
}

interface Waiter {
  target: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Appends past this many records not yet moved, while moves fail, are refused: the commit fails
 * and the collab server evicts the document, instead of the journal growing without end.
 */
const MAX_UNMOVED_WHILE_FAILING = 100_000;

/** Moves a handle's appends as they come (the caller stored the journal's leftovers first). */
export function createJournalMover(options: JournalMoverOptions): JournalMover {
  const { journal } = options;
  let appended = 0;
  let moved = 0;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;
  let closing = false;
  let closed = false;
  const waiters: Waiter[] = [];

  const schedule = () => {
    if (!closing || waiters.length > 0) timer ??= setTimeout(move, options.delayMs ?? 2000);
  };
  const failed = (error: unknown) => {
    // The records stay in the journal (durable) and in memory; a reader sees the error.
    if (failures++ === 0) console.error('[storage] moving journaled updates into doc_updates failed (retrying)', error);
    for (const w of waiters.splice(0)) w.reject(error);
    schedule();
  };
  const succeeded = (count: number) => {
    failures = 0;
    moved += count;
    const waiting = waiters.filter((w) => w.target > moved);
    for (const w of waiters) if (w.target <= moved) w.resolve();
    waiters.splice(0, waiters.length, ...waiting);
    // Readers waiting for more go at once; appends that came meanwhile after the delay.
    if (waiters.length > 0) move();
    else if (moved < appended) schedule();
  };

  /** Moves the next segment unless one is on its way; one at a time keeps them in order. */
  function move(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight) return;
    try {
      const segment = journal.nextToMove();
      if (!segment) return;
      const count = segment.records.length;
      // Emptying may recycle the segment: its records are gone from here on. If it throws, the
      // segment stays first in line and is stored again (Yjs ignores the copies).
      const stored = options.store(segment.records).then(() => journal.moved(segment));
      inFlight = stored.then(
        () => {
          inFlight = null;
          succeeded(count);
        },
        (error: unknown) => {
          inFlight = null;
          failed(error);
        },
      );
    } catch (error) {
      failed(error); // opening the next segment, or handing the records to the worker
    }
  }

  return {
    append(records) {
      if (closing) throw new Error('the update journal is closed');
      if (failures > 0 && appended - moved > MAX_UNMOVED_WHILE_FAILING) {
        throw new Error(`the update journal holds ${appended - moved} updates that cannot be moved into the database`);
      }
      for (const r of records) {
        // Checked here: a record the table refuses would block every move after it.
        if (typeof r.docName !== 'string' || r.docName === '' || !(r.update instanceof Uint8Array)) {
          throw new TypeError('an update needs a document name and bytes');
        }
      }
      journal.append(records);
      appended += records.length;
      schedule();
    },
    whenMoved() {
      if (moved >= appended) return Promise.resolve();
      if (closed) return Promise.reject(new Error('the update journal is closed; what it holds is stored at the next open'));
      const done = new Promise<void>((resolve, reject) => waiters.push({ target: appended, resolve, reject }));
      move();
      return done;
    },
    async close() {
      if (closing) return;
      closing = true;
      try {
        await this.whenMoved();
      } finally {
        if (timer) clearTimeout(timer);
        timer = null;
        // A move still on its way (its reader gave up after a failure) ends before the files close.
        while (inFlight) await inFlight;
        journal.close();
        closed = true;
      }
    },
  };
}

/** Stores leftover journals (files of handles that are gone) before anything is served. */
export function storeLeftovers(journal: UpdateJournal, insert: (records: readonly JournalRecord[]) => void): void {
  for (const leftover of [...journal.leftovers]) {
    // A failure here fails the start, and the file stays for the next one.
    if (leftover.records.length > 0) {
      insert(leftover.records);
      console.info(`[storage] recovered ${leftover.records.length} committed update(s) from ${leftover.file}`);
    }
    journal.moved(leftover);
  }
}
