// Small outline fixtures shared by the outline unit tests (not shipped: only tests import it).
import type { NodeKind } from '@shared/domain/roles';
import type { OutlineNode, OutlineResponse, OutlineTreeNode } from '@shared/domain/types';
import type { OutlineModel } from './outlineModel';

/** One live node with defaults. */
export function node(id: string, parentId: string | null, position: number, kind: NodeKind = 'entry'): OutlineNode {
  return { id, yearbookId: 'y1', parentId, kind, title: id, position, plannedLength: null, writtenLength: 0, deletedAt: null };
}

/** A model from nodes: c1{s1{e1,e2,e3}}, c2{s2{}} unless given. */
export function model(nodes?: OutlineNode[], version = 1): OutlineModel {
  const list = nodes ?? [
    node('c1', null, 0, 'category'),
    node('c2', null, 1, 'category'),
    node('s1', 'c1', 0, 'section'),
    node('s2', 'c2', 0, 'section'),
    node('e1', 's1', 0),
    node('e2', 's1', 1),
    node('e3', 's1', 2),
  ];
  return { version, nodes: new Map(list.map((n) => [n.id, n])) };
}

/** A server answer with a nested tree. */
export function response(tree: OutlineTreeNode[], version = 1): OutlineResponse {
  return { yearbookId: 'y1', version, nodes: tree };
}
