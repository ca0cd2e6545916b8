// What of the local document the server may not have: the server's state vector as it announced
// it (sync step 1 on connect) against the local one. y-websocket has no acknowledgement, so this
// is "not confirmed", an over-estimate after a long session, never an under-estimate.
import * as Y from 'yjs';

/** True when the local doc holds changes newer than the server's announced state vector. */
export function hasUnconfirmedChanges(ydoc: Y.Doc, serverStateVector: Uint8Array | null): boolean {
  const local = Y.encodeStateVector(ydoc);
  if (!serverStateVector) return Y.decodeStateVector(local).size > 0;
  const server = Y.decodeStateVector(serverStateVector);
  for (const [client, clock] of Y.decodeStateVector(local)) {
    if ((server.get(client) ?? 0) < clock) return true;
  }
  return false;
}

/**
 * The text inserted locally that the server had not announced (still present in the document),
 * in the order of the update: what the user would lose, to copy elsewhere.
 */
export function unconfirmedText(ydoc: Y.Doc, serverStateVector: Uint8Array | null): string {
  const update = Y.encodeStateAsUpdate(ydoc, serverStateVector ?? undefined);
  const parts: string[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) parts.push(struct.content.str);
  }
  return parts.join('');
}
