// Turns a drag-and-drop on the outline tree into the move the server understands:
// PATCH /api/nodes/:id { parentId, position }, position being the final index among siblings.
import type { OutlineNode } from '@shared/domain/types';
import { childIds, isWithin } from './outlineModel';

/** Where a node was dropped relative to the target node. */
export type DropPlace = 'before' | 'inside' | 'after';

/** The move to send, or null when the drop changes nothing or is impossible. */
export interface NodeMove {
  nodeId: string;
  parentId: string | null;
  position: number;
}

/**
 * Reads antd Tree's onDrop info: `dropPosition` is absolute, so subtract the target's own index
 * (the last part of its `pos`, "0-3-1") to get -1 before / 0 inside / 1 after.
 */
export function dropPlaceFromAntd(info: { dropToGap: boolean; dropPosition: number; node: { pos: string } }): DropPlace {
  const own = Number(info.node.pos.split('-').pop());
  const relative = info.dropPosition - own;
  if (!info.dropToGap) return 'inside';
  return relative < 0 ? 'before' : 'after';
}

/** Computes the move of `dragId` dropped at `place` of `targetId`. */
export function dropToMove(
  nodes: ReadonlyMap<string, OutlineNode>,
  dragId: string,
  targetId: string,
  place: DropPlace,
): NodeMove | null {
  const drag = nodes.get(dragId);
  const target = nodes.get(targetId);
  if (!drag || !target || dragId === targetId) return null;
  const parentId = place === 'inside' ? target.id : target.parentId;
  // A node cannot go under itself or its own descendants.
  if (parentId !== null && isWithin(nodes, parentId, dragId)) return null;
  const siblings = childIds(nodes, parentId).filter((id) => id !== dragId);
  let position: number;
  if (place === 'inside') position = 0;
  else {
    const idx = siblings.indexOf(target.id);
    position = place === 'before' ? idx : idx + 1;
  }
  if (parentId === drag.parentId && position === drag.position) return null;
  return { nodeId: dragId, parentId, position };
}
