// Durable entry documents over storage.docUpdates: commits (one write to SQLite's update journal
// per update, or per-tick batches, one appendBatch for every update of every document arriving in
// the same tick), loads, debounced compaction and the debounced written-length report. Knows neither sockets nor HTTP (design.md "Sync pipeline").
import { entryDocName, parseEntryDocName } from '@shared/protocol';
import { entryLength, entryTextFromYDoc, type EntryTextModel } from '@shared/schema';
import * as Y from 'yjs';
import type { DocUpdateRecord, Storage } from '../storage/types';

/** When and how often background work runs. */
export interface DocPersistenceOptions {
  storage: Pick<Storage, 'docUpdates' | 'nodes'>;
  /**
   * Stores an entry's new written length. The outline service owns the column and its event
   * (main.ts wires it there); called only when the length differs from the stored one.
   */
  onLengthChanged: (entryId: string, length: number) => void | Promise<void>;
  /** Delay of the written-length report after a change (ms, default 2000, the outline's own pace). */
  lengthDelayMs?: number;
  /** Compact a document's log once it has this many rows (default 500: each run re-reads the merged row)… */
  compactRows?: number;
  /** …or this many bytes (default 1 MiB)… */
  compactBytes?: number;
  /** …this long after the threshold was crossed (ms, default 2000). */
  compactDelayMs?: number;
}

interface QueuedCommit {
  docName: string;
  update: Uint8Array;
  resolve(): void;
  reject(err: unknown): void;
}

/** The document store of the collab server, and the REST reader of entry text. */
export class DocPersistence {
  private readonly store: Storage['docUpdates'];
  private readonly nodes: Storage['nodes'];
  private readonly options: DocPersistenceOptions;
  private queue: QueuedCommit[] = [];
  private scheduled = false;
  private inflight: Promise<void> | null = null;
  /** Documents loaded by the collab server: their committed state in memory. */
  private readonly open = new Map<string, Y.Doc>();
  /** Rows and bytes of each document's log, as far as this process knows. */
  private readonly logSize = new Map<string, { rows: number; bytes: number }>();
  private readonly compactTimers = new Map<string, NodeJS.Timeout>();
  private readonly compacting = new Map<string, Promise<void>>();
  /** Documents due for compaction, run one at a time (see queueCompaction). */
  private readonly compactQueue = new Set<string>();
  private compactDraining = false;
  /** Pending written-length reports, by document name. */
  private readonly lengthTimers = new Map<string, NodeJS.Timeout>();
  private readonly lengthRuns = new Set<Promise<void>>();
  /** The written length last reported per entry, so that an unchanged one costs no query. */
  private readonly reportedLength = new Map<string, number>();

  /**
   * Stores an update before returning (one write to SQLite's update journal), or throws; null
   * where the store only commits asynchronously. The collab core then skips the per-tick batch:
   * a journal write costs less than the wait for the end of the tick.
   */
  readonly commitNow: ((docName: string, update: Uint8Array) => void) | null;

  constructor(options: DocPersistenceOptions) {
    this.options = options;
    this.store = options.storage.docUpdates;
    this.nodes = options.storage.nodes;
    const appendNow = this.store.appendNow?.bind(this.store);
    this.commitNow = appendNow
      ? (docName, update) => {
          appendNow([{ docName, update }]);
          this.noteCommitted(docName, update);
        }
      : null;
  }

  /** Loads a document's committed state and tracks it as open until `unload`. */
  async load(docName: string): Promise<Y.Doc> {
    const rows = await this.store.read(docName);
    const doc = buildDoc(docName, rows);
    this.open.set(docName, doc);
    this.noteLog(docName, rows.length, rows.reduce((n, r) => n + r.update.length, 0), true);
    // A crash may have come between a commit and its debounced length update: catch up.
    this.scheduleLength(docName);
    return doc;
  }

  /** Forgets an open document (only if `doc` is still the tracked instance). */
  unload(docName: string, doc: Y.Doc): void {
    if (this.open.get(docName) === doc) this.open.delete(docName);
  }

  /**
   * Stores an update; resolves once committed. Every update queued in the same tick goes into
   * one `appendBatch` (one transaction); while a batch commits, the next one gathers.
   */
  commit(docName: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ docName, update, resolve, reject });
      this.schedule();
    });
  }

  /** Rejects the document's queued commits that have not started (its doc was evicted). */
  discard(docName: string): void {
    const dropped = this.queue.filter((q) => q.docName === docName);
    if (dropped.length === 0) return;
    this.queue = this.queue.filter((q) => q.docName !== docName);
    for (const q of dropped) q.reject(new Error(`${docName}: discarded after eviction`));
  }

  private schedule(): void {
    if (this.scheduled || this.inflight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.inflight = this.runBatch().finally(() => {
        this.inflight = null;
        if (this.queue.length > 0) this.schedule();
      });
    });
  }

  private async runBatch(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    try {
      await this.store.appendBatch(batch.map(({ docName, update }) => ({ docName, update })));
    } catch (err) {
      const names = [...new Set(batch.map((q) => q.docName))];
      console.error(`[persistence] commit of ${batch.length} update(s) failed for ${names.join(', ')}`, err);
      for (const q of batch) q.reject(err);
      return;
    }
    for (const q of batch) q.resolve();
    for (const q of batch) this.noteCommitted(q.docName, q.update);
  }

  /** Bookkeeping after a commit: the log's size (for compaction) and the length report. */
  private noteCommitted(docName: string, update: Uint8Array): void {
    this.noteLog(docName, 1, update.length, false);
    this.scheduleLength(docName);
  }

  /** Updates the known log size and schedules compaction when a threshold is crossed. */
  private noteLog(docName: string, rows: number, bytes: number, reset: boolean): void {
    const size = reset ? { rows: 0, bytes: 0 } : (this.logSize.get(docName) ?? { rows: 0, bytes: 0 });
    size.rows += rows;
    size.bytes += bytes;
    this.logSize.set(docName, size);
    const due = size.rows >= (this.options.compactRows ?? 500) || size.bytes >= (this.options.compactBytes ?? 1 << 20);
    const waiting = this.compactTimers.has(docName) || this.compactQueue.has(docName) || this.compacting.has(docName);
    if (due && size.rows > 1 && !waiting) {
      const timer = setTimeout(() => {
        this.compactTimers.delete(docName);
        this.queueCompaction(docName);
      }, this.options.compactDelayMs ?? 2000);
      timer.unref();
      this.compactTimers.set(docName, timer);
    }
  }

  /**
   * Compactions come due together when many documents are edited together (a class typing at
   * once crosses the row threshold within seconds). Each runs in a chain of promises that never
   * waits for I/O once the journal is moved, so fifty of them ran as one burst and held up every
   * relay for 130 ms at the sync benchmark's 50×10. One at a time, each in its own event-loop turn,
   * a relay waits for one merge at most.
   */
  private queueCompaction(docName: string): void {
    this.compactQueue.add(docName);
    if (this.compactDraining) return;
    this.compactDraining = true;
    setImmediate(this.compactNext);
  }

  private readonly compactNext = (): void => {
    const next = this.compactQueue.values().next();
    if (next.done) {
      this.compactDraining = false;
      return;
    }
    this.compactQueue.delete(next.value);
    void this.compact(next.value).finally(() => setImmediate(this.compactNext));
  };

  /**
   * Merges exactly the rows read into one (Y.mergeUpdates keeps Yjs ids) and replaces them in
   * one short transaction. Rows committed meanwhile are untouched. Off the relay path; where the
   * store has a thread of its own (SQLite in the server) the merge runs there too.
   */
  async compact(docName: string): Promise<void> {
    const running = this.compacting.get(docName);
    if (running) return running;
    const run = (async () => {
      try {
        if (this.store.compact) {
          this.logSize.set(docName, await this.store.compact(docName));
          return;
        }
        const rows = await this.store.read(docName);
        if (rows.length < 2) return;
        const merged = Y.mergeUpdates(rows.map((r) => r.update));
        await this.store.replace(docName, rows.map((r) => r.id), merged);
        const stats = await this.store.stats(docName);
        this.logSize.set(docName, stats);
      } catch (err) {
        console.error(`[persistence] compaction of ${docName} failed (the log stays as it was)`, err);
      }
    })().finally(() => this.compacting.delete(docName));
    this.compacting.set(docName, run);
    return run;
  }

  /** The entry's text and written length from committed state (in memory if open). */
  async readEntryText(entryId: string): Promise<EntryTextModel & { length: number }> {
    const docName = entryDocName(entryId);
    const open = this.open.get(docName);
    const doc = open ?? buildDoc(docName, await this.store.read(docName));
    try {
      const model = entryTextFromYDoc(doc);
      return { ...model, length: entryLength(model) };
    } finally {
      if (!open) doc.destroy();
    }
  }

  private scheduleLength(docName: string): void {
    // Looked up by document name first: this runs with every commit, and the timer is usually set.
    if (this.lengthTimers.has(docName)) return;
    const entryId = parseEntryDocName(docName);
    if (entryId === null) return;
    // Not reset by further changes: a user typing for minutes still sees the length move.
    const timer = setTimeout(() => this.runLength(docName, entryId), this.options.lengthDelayMs ?? 2000);
    timer.unref();
    this.lengthTimers.set(docName, timer);
  }

  private runLength(docName: string, entryId: string): void {
    this.lengthTimers.delete(docName);
    const run = this.updateLength(entryId).catch((err) => {
      console.error(`[persistence] written length of entry ${entryId} failed`, err);
    });
    this.lengthRuns.add(run);
    void run.finally(() => this.lengthRuns.delete(run));
  }

  private async updateLength(entryId: string): Promise<void> {
    const { length } = await this.readEntryText(entryId);
    let stored = this.reportedLength.get(entryId);
    if (stored === undefined) {
      const node = await this.nodes.findById(entryId);
      if (!node || node.kind !== 'entry') return;
      stored = node.writtenLength;
    }
    if (length === stored) return;
    await this.options.onLengthChanged(entryId, length);
    this.reportedLength.set(entryId, length);
  }

  /** Waits for started commits, then runs pending length updates and compactions now. */
  async flush(): Promise<void> {
    while (this.inflight || this.queue.length > 0 || this.scheduled) {
      if (this.inflight) await this.inflight;
      else await new Promise((r) => setImmediate(r));
    }
    for (const [docName, timer] of [...this.lengthTimers]) {
      clearTimeout(timer);
      this.runLength(docName, parseEntryDocName(docName)!);
    }
    for (const [docName, timer] of [...this.compactTimers]) {
      clearTimeout(timer);
      this.compactTimers.delete(docName);
      void this.compact(docName);
    }
    for (const docName of this.compactQueue) void this.compact(docName);
    this.compactQueue.clear();
    await Promise.allSettled([...this.lengthRuns, ...this.compacting.values()]);
  }
}

/**
 * A Y.Doc from a document's stored rows. A row Yjs cannot apply is skipped with a log line rather
 * than making the whole document unloadable.
 */
function buildDoc(docName: string, rows: DocUpdateRecord[]): Y.Doc {
  const doc = new Y.Doc();
  if (rows.length === 0) return doc;
  try {
    Y.applyUpdate(doc, Y.mergeUpdates(rows.map((r) => r.update)));
    return doc;
  } catch (err) {
    console.error(`[persistence] ${docName}: merged load failed, applying row by row`, err);
  }
  doc.destroy();
  const careful = new Y.Doc();
  for (const row of rows) {
    try {
      Y.applyUpdate(careful, row.update);
    } catch (err) {
      console.error(`[persistence] ${docName}: skipping unreadable row ${row.id}`, err);
    }
  }
  return careful;
}

/** Creates the document persistence (see DocPersistence). */
export function createDocPersistence(options: DocPersistenceOptions): DocPersistence {
  return new DocPersistence(options);
}
