// The outline's structure rules, pure: where each kind of node may sit (类目 at the root, 分目
// under a 类目 or one level under a 分目 as 子分目, 条目 under a 分目), cycles, and dense positions.
import type { NodeKind } from '@shared/domain/roles';
import type { OutlineNode, OutlineTreeNode } from '@shared/domain/types';
import type { NodeRecord } from '../storage/types';

/** The API view of a node record (drops storage-only fields). */
export function toOutlineNode(n: NodeRecord): OutlineNode {
  return {
    id: n.id,
    yearbookId: n.yearbookId,
    parentId: n.parentId,
    kind: n.kind,
    title: n.title,
    position: n.position,
    plannedLength: n.plannedLength,
    writtenLength: n.writtenLength,
    deletedAt: n.deletedAt,
  };
}

/** Nodes of one yearbook indexed for structure checks. */
export class OutlineIndex {
  readonly byId = new Map<string, NodeRecord>();

  constructor(readonly nodes: NodeRecord[]) {
    for (const n of nodes) this.byId.set(n.id, n);
  }

  /** Live children of a parent (null = root), in position order. */
  liveChildren(parentId: string | null): NodeRecord[] {
    return this.nodes
      .filter((n) => n.parentId === parentId && n.deletedAt === null)
      .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
  }

  /** Every node below `id` (any state), depth first. */
  descendants(id: string): NodeRecord[] {
    const out: NodeRecord[] = [];
    const walk = (pid: string) => {
      for (const n of this.nodes) if (n.parentId === pid) (out.push(n), walk(n.id));
    };
    walk(id);
    return out;
  }

  /** True when `candidate` is `id` itself or below it. */
  isSelfOrDescendant(id: string, candidate: string): boolean {
    for (let cur: NodeRecord | undefined = this.byId.get(candidate); cur; cur = cur.parentId ? this.byId.get(cur.parentId) : undefined) {
      if (cur.id === id) return true;
    }
    return false;
  }
}

/**
 * Why a node of `kind` may not sit under `parent` (null = at the root), or null when it may.
 * `hasSubsections`: the node (a section being moved) has live sections below it, so it cannot
 * itself become a 子分目.
 */
export function placementError(
  kind: NodeKind,
  parent: NodeRecord | null,
  grandparent: NodeRecord | null,
  hasSubsections = false,
): string | null {
  switch (kind) {
    case 'category':
      return parent === null ? null : '类目只能位于篇目顶层。';
    case 'section':
      if (parent === null) return '分目必须位于类目或分目之下。';
      if (parent.kind === 'category') return null;
      if (parent.kind === 'section' && grandparent?.kind === 'category') {
        return hasSubsections ? '该分目下已有子分目，不能再移入分目之下（篇目最深到子分目）。' : null;
      }
      if (parent.kind === 'section') return '子分目之下不能再设分目（篇目最深到子分目）。';
      return '分目不能位于条目之下。';
    case 'entry':
      if (parent?.kind === 'section') return null;
      return '条目必须位于分目或子分目之下。';
  }
}

/**
 * Re-numbers siblings 0..n-1 in the given order; returns the records whose position changed
 * (copies, the inputs are not touched).
 */
export function densify(siblings: NodeRecord[]): NodeRecord[] {
  const changed: NodeRecord[] = [];
  siblings.forEach((n, i) => {
    if (n.position !== i) changed.push({ ...n, position: i });
  });
  return changed;
}

/** Inserts `node` into `siblings` (which must not contain it) at `position` (clamped; default last). */
export function insertAt(siblings: NodeRecord[], node: NodeRecord, position?: number): NodeRecord[] {
  const at = position === undefined ? siblings.length : Math.min(Math.max(position, 0), siblings.length);
  return [...siblings.slice(0, at), node, ...siblings.slice(at)];
}

/** The live nodes as an ordered tree. */
export function buildTree(nodes: NodeRecord[]): OutlineTreeNode[] {
  const index = new OutlineIndex(nodes);
  const build = (parentId: string | null): OutlineTreeNode[] =>
    index.liveChildren(parentId).map((n) => ({ ...toOutlineNode(n), children: build(n.id) }));
  return build(null);
}
