// The browser's offline copy of an entry: y-indexeddb, but while the socket is up it writes one
// merged update per burst of typing instead of one IndexedDB transaction per keystroke (about a
// fifth of a keystroke's main-thread time in a 20,000-character entry, tests/bench/client.bench.ts).
// While offline every update is written at once, as stock y-indexeddb does: the copy is then the
// only one.
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** How long updates made while connected may wait to be written together (ms). */
export const CONNECTED_WRITE_DELAY_MS = 400;

/** An IndexedDB copy of a Y.Doc whose writes are batched while `isConnected()` holds. */
export class OfflineCopy extends IndexeddbPersistence {
  private pending: Uint8Array[] = [];
  private writeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(name: string, doc: Y.Doc, private readonly isConnected: () => boolean) {
    super(name, doc);
    doc.off('update', this._storeUpdate);
    doc.on('update', this.handleUpdate);
    // A tab being closed or hidden may not come back: write what waits now.
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
  }

  /** Writes what waits, then closes the database (the copy stays). */
  override async destroy(): Promise<void> {
    this.flush();
    this.doc.off('update', this.handleUpdate);
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
    return super.destroy();
  }

  /** Writes the waiting updates now, as one merged update (call when the connection drops). */
  flush = (): void => {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = null;
    if (this.pending.length === 0) return;
    const updates = this.pending;
    this.pending = [];
    // y-indexeddb's own store step (it skips a database not open yet: it stores the whole doc once
    // it opens, these included).
    this._storeUpdate(updates.length === 1 ? updates[0] : Y.mergeUpdates(updates), null);
  };

  private handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return; // read from the copy itself
    this.pending.push(update);
    if (!this.isConnected()) this.flush();
    else this.writeTimer ??= setTimeout(this.flush, CONNECTED_WRITE_DELAY_MS);
  };
}
