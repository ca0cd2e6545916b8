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

/**
 * The part of the local text that differs from the server's committed text (common prefix and
 * suffix removed): precise when the REST text can be read, as after a downgrade to read-only.
 */
export function differingText(committed: string, local: string): string {
  let prefix = 0;
  const max = Math.min(committed.length, local.length);
  while (prefix < max && committed.charCodeAt(prefix) === local.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && committed.charCodeAt(committed.length - 1 - suffix) === local.charCodeAt(local.length - 1 - suffix)) suffix++;
  return local.slice(prefix, local.length - suffix).trim();
}
