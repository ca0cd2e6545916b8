// Small reads and copies of a Yjs document's state that the sync pipeline needs beyond Yjs's own
// API: a copy with updates on top, whether a diff adds anything, and the state without what the
// doc holds back for a missing dependency.
import * as Y from 'yjs';

/** A copy of `doc` with `extra` updates applied on top. */
export function cloneDoc(doc: Y.Doc, extra: readonly Uint8Array[] = []): Y.Doc {
  const copy = new Y.Doc({ gc: doc.gc });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  for (const update of extra) Y.applyUpdate(copy, update);
  return copy;
}

/**
 * True when `diff` (already reduced to structs `doc` lacks) adds nothing: no structs, and every
 * deletion it carries is already deleted in `doc`. A reconnecting client's sync step 2 carries its
 * whole delete set; storing that again on every reconnect would only grow the log.
 */
export function isRedundant(diff: Uint8Array, doc: Y.Doc): boolean {
  const { structs, ds } = Y.decodeUpdate(diff);
  if (structs.length > 0) return false;
  for (const [client, deletions] of ds.clients) {
    for (const { clock, len } of deletions) {
      let at = clock;
      while (at < clock + len) {
        let item: Y.Item | Y.GC;
        try {
          item = Y.getItem(doc.store, Y.createID(client, at)) as Y.Item | Y.GC;
        } catch {
          return false; // the deleted struct is not here yet: keep the deletion
        }
        if (!item.deleted) return false;
        at = item.id.clock + item.length;
      }
    }
  }
  return true;
}

/**
 * Runs `read` with the doc's held-back structs and deletions set aside: Yjs adds them to what it
 * encodes (encodeStateAsUpdate), yet they are not part of the doc's state until the update they
 * wait for arrives. Synchronous, so nothing else sees the doc without them.
 */
export function withoutHeldBack<T>(doc: Y.Doc, read: () => T): T {
  const store = doc.store;
  const { pendingStructs, pendingDs } = store;
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    return read();
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}
