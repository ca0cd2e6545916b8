import { describe, expect, it } from 'vitest';
import { dropPlaceFromAntd, dropToMove } from './dropToMove';
import { model } from './testNodes';

describe('drag and drop to a move', () => {
  const nodes = model().nodes;

  it('reads antd drop positions', () => {
    expect(dropPlaceFromAntd({ dropToGap: true, dropPosition: 1, node: { pos: '0-0-2' } })).toBe('before');
    expect(dropPlaceFromAntd({ dropToGap: true, dropPosition: 3, node: { pos: '0-0-2' } })).toBe('after');
    expect(dropPlaceFromAntd({ dropToGap: false, dropPosition: 2, node: { pos: '0-0-2' } })).toBe('inside');
  });

  it('moves down within the parent to the final index', () => {
    expect(dropToMove(nodes, 'e1', 'e3', 'after')).toEqual({ nodeId: 'e1', parentId: 's1', position: 2 });
    expect(dropToMove(nodes, 'e1', 'e3', 'before')).toEqual({ nodeId: 'e1', parentId: 's1', position: 1 });
  });

  it('moves up within the parent', () => {
    expect(dropToMove(nodes, 'e3', 'e1', 'before')).toEqual({ nodeId: 'e3', parentId: 's1', position: 0 });
  });

  it('moves into another parent as its first child', () => {
    expect(dropToMove(nodes, 'e2', 's2', 'inside')).toEqual({ nodeId: 'e2', parentId: 's2', position: 0 });
    expect(dropToMove(nodes, 's1', 'c2', 'before')).toEqual({ nodeId: 's1', parentId: null, position: 1 });
  });

  it('returns null for a drop that changes nothing or goes under itself', () => {
    expect(dropToMove(nodes, 'e2', 'e1', 'after')).toBeNull();
    expect(dropToMove(nodes, 'e2', 'e3', 'before')).toBeNull();
    expect(dropToMove(nodes, 'c1', 'e1', 'inside')).toBeNull();
    expect(dropToMove(nodes, 'c1', 'c1', 'inside')).toBeNull();
  });
});
