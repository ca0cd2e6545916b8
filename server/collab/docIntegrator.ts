// Applies client updates to a document and reports what of each was new: the part the sync
// pipeline must commit and relay. Used where the committed doc takes updates directly
// (SharedDoc's synchronous pipeline over SQLite's journal).
import * as Y from 'yjs';

/** The outcome of one update. */
export interface Integration {
  /** An update holding what the doc gained (to commit and relay), or null when it gained nothing. */
  gained: Uint8Array | null;
  /** Why the update stopped part-way (undecodable), or null. */
  error: unknown;
}

/** Reports what each update applied to `doc` through it integrated. */
export class DocIntegrator {
  private readonly doc: Y.Doc;
  private encoded: Uint8Array | null = null;
  private transaction: Y.Transaction | null = null;
  private readonly onUpdate = (update: Uint8Array): void => {
    this.encoded = update;
  };

  constructor(doc: Y.Doc) {
    this.doc = doc;
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      this.transaction = transaction;
    });
  }

  /**
   * Applies `update` (never throws). `incremental` marks a client's own new edit (a sync
   * "update" message, not a sync answer that may repeat what the doc has).
   *
   * A new edit on a doc with nothing waiting for a dependency, nearly every keystroke, integrates
   * as sent: the update itself is what the doc gained, and Yjs is spared encoding the
   * transaction again (about 7 µs an edit on the relay path). Otherwise Yjs's 'update' event
   * says exactly what integrated, with any held-back structs the update completed.
   */
  apply(update: Uint8Array, origin: unknown, incremental: boolean): Integration {
    const store = this.doc.store;
    const asSent = incremental && store.pendingStructs === null && store.pendingDs === null;
    this.encoded = null;
    this.transaction = null;
    if (!asSent) this.doc.on('update', this.onUpdate);
    let error: unknown = null;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch (err) {
      error = err;
    } finally {
      if (!asSent) this.doc.off('update', this.onUpdate);
    }
    if (!asSent) return { gained: this.encoded, error };
    const transaction = this.transaction as Y.Transaction | null;
    if (!transaction || !changedState(transaction)) {
      // A repeat, or structs that all wait for a dependency: they go out with the update that
      // completes them (taken through the 'update' event above, since something is then pending).
      return { gained: null, error };
    }
    // Cut short by a decoding error (Yjs integrates structs before it reads the delete set):
    // everything since the state before, with the doc's whole delete set. Rare, so not trimmed.
    if (error) return { gained: Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(transaction.beforeState)), error };
    // Some of it may wait for a dependency: stored and relayed as well, where peers hold it back too.
    return { gained: update, error: null };
  }
}

/** True when the transaction integrated structs or deleted something. */
function changedState(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}
