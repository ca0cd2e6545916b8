// Which recycle-bin rows to list: a node deleted with its parent is restored with it, so only
// the nodes deleted themselves are shown.
import type { OutlineNode } from '@shared/domain/types';

/** Keeps only the nodes that were deleted themselves, newest first. */
export function trashRoots(nodes: OutlineNode[]): OutlineNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  return nodes
    .filter((n) => n.parentId === null || !ids.has(n.parentId))
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}
