// The open documents: loads each once (concurrent joiners share the load), evicts a document whose
// commit failed, and unloads a document some time after its last connection left (after flushing).
import { CLOSE_CODES } from '@shared/protocol';
import type { CollabConnection } from './CollabConnection';
import type { CollabPersistenceHooks } from './hooks';
import { SharedDoc } from './SharedDoc';

/** Registry tuning. */
export interface DocRegistryOptions {
  /** How long a document with no connections stays in memory (ms). */
  unloadDelayMs: number;
}

/** The open documents by name, and the connections attached to each. */
export class DocRegistry {
  private readonly docs = new Map<string, Promise<SharedDoc>>();
  private readonly loaded = new Map<string, SharedDoc>();
  private readonly connections = new Map<string, Set<CollabConnection>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly persistence: CollabPersistenceHooks;
  private readonly options: DocRegistryOptions;

  constructor(persistence: CollabPersistenceHooks, options: DocRegistryOptions) {
    this.persistence = persistence;
    this.options = options;
  }

  /** Attaches a connection to its document, loading the document first when needed. */
  async join(conn: CollabConnection): Promise<void> {
    const name = conn.docName;
    this.cancelUnload(name);
    let conns = this.connections.get(name);
    if (!conns) this.connections.set(name, (conns = new Set()));
    conns.add(conn);
    conn.onClose(() => this.leave(conn));
    let doc: SharedDoc;
    try {
      doc = await this.open(name);
    } catch (err) {
      console.error(`[collab] ${name}: load failed`, err);
      conn.close(CLOSE_CODES.STORAGE_FAILED, 'load failed');
      return;
    }
    conn.attach(doc);
  }

  /** The loaded document of that name, if any. */
  get(name: string): SharedDoc | undefined {
    return this.loaded.get(name);
  }

  private open(name: string): Promise<SharedDoc> {
    let loading = this.docs.get(name);
    if (!loading) {
      const commitNow = this.persistence.commitNow;
      loading = this.persistence.load(name).then((ydoc) => {
        const doc = new SharedDoc({
          name,
          doc: ydoc,
          commit: (update) => this.persistence.commit(name, update),
          commitNow: commitNow ? (update) => commitNow(name, update) : undefined,
          onCommitFailed: (failed, err) => this.evict(failed, err),
        });
        this.loaded.set(name, doc);
        return doc;
      });
      this.docs.set(name, loading);
      loading.catch(() => {
        if (this.docs.get(name) === loading) this.docs.delete(name);
      });
    }
    return loading;
  }

  private leave(conn: CollabConnection): void {
    const conns = this.connections.get(conn.docName);
    if (!conns) return;
    conns.delete(conn);
    if (conns.size === 0) {
      this.connections.delete(conn.docName);
      this.scheduleUnload(conn.docName);
    }
  }

  /**
   * A commit failed: drop the document from memory and close its sockets with STORAGE_FAILED.
   * Clients keep their edits and resend them to a freshly loaded document on reconnect.
   */
  private evict(doc: SharedDoc, err: unknown): void {
    console.error(`[collab] ${doc.name}: commit failed, evicting the document and closing its sockets`, err);
    this.drop(doc);
    this.closeAll(doc.name, CLOSE_CODES.STORAGE_FAILED, 'storage failed');
  }

  /** Closes every connection of a document (e.g. the entry went to the recycle bin). */
  closeAll(name: string, code: number, reason: string): void {
    for (const conn of [...(this.connections.get(name) ?? [])]) conn.close(code, reason);
  }

  /** Removes a loaded document from memory at once (its queued commits are discarded). */
  private drop(doc: SharedDoc): void {
    if (this.loaded.get(doc.name) === doc) {
      this.loaded.delete(doc.name);
      this.docs.delete(doc.name);
    }
    this.persistence.discard(doc.name);
    doc.destroy();
    this.persistence.unload(doc.name, doc.doc);
    doc.doc.destroy();
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(name);
  }

  private scheduleUnload(name: string): void {
    this.cancelUnload(name);
    const timer = setTimeout(() => {
      this.unloadTimers.delete(name);
      void this.unloadIfIdle(name);
    }, this.options.unloadDelayMs);
    timer.unref();
    this.unloadTimers.set(name, timer);
  }

  private async unloadIfIdle(name: string): Promise<void> {
    const loading = this.docs.get(name);
    if (!loading) return;
    const doc = await loading.catch(() => null);
    if (!doc || doc.isClosed) return;
    await doc.whenIdle();
    // Someone joined while we flushed: keep it.
    if (this.connections.has(name) || this.docs.get(name) !== loading || doc.isClosed) return;
    this.drop(doc);
  }

  /** Closes every connection (going away: clients reconnect), flushes and unloads everything. */
  async close(code: number, reason: string): Promise<void> {
    for (const name of [...this.connections.keys()]) this.closeAll(name, code, reason);
    for (const name of [...this.unloadTimers.keys()]) this.cancelUnload(name);
    const docs = await Promise.allSettled([...this.docs.values()]);
    for (const r of docs) if (r.status === 'fulfilled') await r.value.whenIdle();
    await this.persistence.flush();
    for (const r of docs) if (r.status === 'fulfilled') this.drop(r.value);
    this.docs.clear();
  }
}
