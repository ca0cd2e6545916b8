// Outline nodes and recycle-bin groups → API JSON.
import type { OutlineNode, OutlineTreeNode } from '@shared/domain/types';
import type { TrashGroup } from '../services/outline';
import { buildTree, toOutlineNode } from '../services/outlineRules';
import type { NodeRecord } from '../storage/types';

/** The API view of one node. */
export function presentNode(n: NodeRecord): OutlineNode {
  return toOutlineNode(n);
}

/** One group in the recycle bin (回收站): the deleted node with what was deleted with it. */
export interface TrashItem {
  node: OutlineNode;
  /** The subtree deleted together with the node, as a tree. */
  children: OutlineTreeNode[];
  /** Number of entries (条目) in the group, the node included. */
  entryCount: number;
  /** False while the node's parent is itself in the bin (restore that first). */
  restorable: boolean;
}

/** The API view of the recycle bin. */
export function presentTrash(groups: TrashGroup[]): TrashItem[] {
  return groups.map((g) => {
    // Build the group's subtree as if it were live, to reuse the tree builder.
    const revived = [g.root, ...g.members].map((n) => ({ ...n, deletedAt: null }));
    const tree = buildTree(revived.map((n) => (n.id === g.root.id ? { ...n, parentId: null } : n)));
    const root = tree.find((t) => t.id === g.root.id);
    const stamp = (t: OutlineTreeNode): OutlineTreeNode => ({ ...t, deletedAt: g.root.deletedAt, children: t.children.map(stamp) });
    return {
      node: presentNode(g.root),
      children: (root?.children ?? []).map(stamp),
      entryCount: [g.root, ...g.members].filter((n) => n.kind === 'entry').length,
      restorable: g.restorable,
    };
  });
}
