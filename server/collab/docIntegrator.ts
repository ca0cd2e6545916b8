// Applies client updates to a document and reports what of each was new: the part the sync
// pipeline must commit and relay. SharedDoc applies through it to its staging copy (PostgreSQL)
// or to the committed doc itself (SQLite's synchronous journal).
import * as Y from 'yjs';

/** The outcome of one update. */
export interface Integration {
  /**
   * Yjs's own encoding of what the doc gained (to commit and relay), or null when it gained
   * nothing: a repeat, or structs that all wait for a missing dependency. Never the client's bytes
   * as sent: Yjs reads an update that is not in its normal form differently when it applies it
   * and when it merges stored rows, so a stored copy of those bytes could load as another state.
   */
  gained: Uint8Array | null;
  /** Why the update stopped part-way (undecodable), or null. */
  error: unknown;
  /**
   * True when the doc held structs or deletions back for a missing dependency before this update:
   * what it gained may then include them, which the sender may lack too (it joined after they
   * arrived, and sync answers leave held-back parts out), so the sender gets the relay as well.
   */
  heldBack: boolean;
}

/** Reports what each update applied to `doc` through it integrated. */
export class DocIntegrator {
  private readonly doc: Y.Doc;
  private encoded: Uint8Array | null = null;

  constructor(doc: Y.Doc) {
    this.doc = doc;
    doc.on('update', (update: Uint8Array) => {
      this.encoded = update;
    });
  }

  /**
   * Applies `update` (never throws). What integrated is taken from the transaction's 'update'
   * event, so the update is decoded once. If it stops part-way (Yjs integrates structs before it
   * reads the delete set), what integrated before the error is in the doc and is reported.
   */
  apply(update: Uint8Array, origin: unknown): Integration {
    const store = this.doc.store;
    const heldBack = store.pendingStructs !== null || store.pendingDs !== null;
    this.encoded = null;
    let error: unknown = null;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch (err) {
      error = err;
    }
    const gained = this.encoded;
    this.encoded = null;
    return { gained, error, heldBack };
  }
}
