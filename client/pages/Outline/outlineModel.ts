// The outline as the client holds it: a flat map of live nodes with a version, the changes a
// node upsert or deletion makes to sibling order, and the tree rebuilt from it for display.
import type { OutlineNode, OutlineResponse, OutlineTreeNode } from '@shared/domain/types';

/** The live outline: nodes by id and the version of the last change applied. */
export interface OutlineModel {
  version: number;
  nodes: ReadonlyMap<string, OutlineNode>;
}

/** Flattens the server's tree (dropping `children`) into a model. */
export function modelFromResponse(res: OutlineResponse): OutlineModel {
  const nodes = new Map<string, OutlineNode>();
  const walk = (list: OutlineTreeNode[]) => {
    for (const { children, ...node } of list) {
      if (!node.deletedAt) nodes.set(node.id, node);
      walk(children ?? []);
    }
  };
  walk(res.nodes);
  return { version: res.version, nodes };
}

/** The ids of a parent's children in position order (null = the top level). */
export function childIds(nodes: ReadonlyMap<string, OutlineNode>, parentId: string | null): string[] {
  const list: OutlineNode[] = [];
  for (const n of nodes.values()) if (n.parentId === parentId) list.push(n);
  list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return list.map((n) => n.id);
}

/** Rewrites the positions of one sibling list to 0..n-1 in the given order. */
function renumber(nodes: Map<string, OutlineNode>, ids: string[]): void {
  ids.forEach((id, index) => {
    const n = nodes.get(id);
    if (n && n.position !== index) nodes.set(id, { ...n, position: index });
  });
}

/**
 * Puts a node (new, renamed or moved) into the model at its parent and position and renumbers
 * the siblings it left and joined, so the model stays dense whether or not the server also
 * sends the siblings it shifted (applying those again changes nothing).
 */
export function upsertNode(model: OutlineModel, node: OutlineNode): OutlineModel {
  if (node.deletedAt) return removeNodes(model, [node.id]);
  const nodes = new Map(model.nodes);
  const old = nodes.get(node.id);
  nodes.delete(node.id);
  if (old && old.parentId !== node.parentId) renumber(nodes, childIds(nodes, old.parentId));
  const siblings = childIds(nodes, node.parentId);
  const at = Math.max(0, Math.min(node.position, siblings.length));
  siblings.splice(at, 0, node.id);
  nodes.set(node.id, { ...node, position: at });
  renumber(nodes, siblings);
  return { version: model.version, nodes };
}

/** Removes nodes with everything under them and closes the gaps they leave. */
export function removeNodes(model: OutlineModel, ids: string[]): OutlineModel {
  const nodes = new Map(model.nodes);
  const gone = new Set<string>();
  const parents = new Set<string | null>();
  const visit = (id: string) => {
    const n = nodes.get(id);
    if (!n || gone.has(id)) return;
    gone.add(id);
    parents.add(n.parentId);
    for (const child of childIds(nodes, id)) visit(child);
  };
  for (const id of ids) visit(id);
  if (gone.size === 0) return model;
  for (const id of gone) nodes.delete(id);
  for (const p of parents) if (p === null || nodes.has(p)) renumber(nodes, childIds(nodes, p));
  return { version: model.version, nodes };
}

/** Changes one field set of a node in place (no move), e.g. its written length. */
export function patchNode(model: OutlineModel, id: string, patch: Partial<OutlineNode>): OutlineModel {
  const n = model.nodes.get(id);
  if (!n) return model;
  const nodes = new Map(model.nodes);
  nodes.set(id, { ...n, ...patch });
  return { version: model.version, nodes };
}

/** True when `id` is `ancestorId` or lies under it. */
export function isWithin(nodes: ReadonlyMap<string, OutlineNode>, id: string | null, ancestorId: string): boolean {
  for (let cur = id, guard = 0; cur !== null && guard < 64; guard++) {
    if (cur === ancestorId) return true;
    cur = nodes.get(cur)?.parentId ?? null;
  }
  return false;
}

/** Rebuilds the ordered tree for display (one grouping pass, then a sort per sibling list). */
export function buildTree(nodes: ReadonlyMap<string, OutlineNode>): OutlineTreeNode[] {
  const byParent = new Map<string | null, OutlineTreeNode[]>();
  for (const n of nodes.values()) {
    const list = byParent.get(n.parentId) ?? [];
    list.push({ ...n, children: [] });
    byParent.set(n.parentId, list);
  }
  const attach = (list: OutlineTreeNode[]): OutlineTreeNode[] => {
    list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
    for (const t of list) t.children = attach(byParent.get(t.id) ?? []);
    return list;
  };
  return attach(byParent.get(null) ?? []);
}
