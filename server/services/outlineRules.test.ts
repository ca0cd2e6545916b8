// Unit tests of the pure outline structure rules.
import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../storage/types';
import { buildTree, densify, insertAt, OutlineIndex, placementError } from './outlineRules';

const node = (id: string, kind: NodeRecord['kind'], parentId: string | null, position = 0): NodeRecord => ({
  id, yearbookId: 'y', parentId, kind, title: id, position, plannedLength: null, writtenLength: 0, deletedAt: null, deletedWith: null,
});

describe('placementError', () => {
  const cat = node('c', 'category', null);
  const sec = node('s', 'section', 'c');
  const sub = node('ss', 'section', 's');
  const entry = node('e', 'entry', 's');
  it('categories only at the root', () => {
    expect(placementError('category', null, null)).toBeNull();
    expect(placementError('category', cat, null)).toMatch(/顶层/);
  });
  it('sections under a category or one level under a section', () => {
    expect(placementError('section', cat, null)).toBeNull();
    expect(placementError('section', sec, cat)).toBeNull();
    expect(placementError('section', sec, cat, true)).toMatch(/子分目/);
    expect(placementError('section', sub, sec)).toMatch(/子分目/);
    expect(placementError('section', null, null)).not.toBeNull();
    expect(placementError('section', entry, sec)).not.toBeNull();
  });
  it('entries under sections and sub-sections only', () => {
    expect(placementError('entry', sec, cat)).toBeNull();
    expect(placementError('entry', sub, sec)).toBeNull();
    expect(placementError('entry', cat, null)).not.toBeNull();
    expect(placementError('entry', null, null)).not.toBeNull();
  });
});

describe('OutlineIndex, densify, insertAt, buildTree', () => {
  const nodes = [node('c', 'category', null), node('s', 'section', 'c', 5), node('t', 'section', 'c', 2), node('e', 'entry', 's')];
  const index = new OutlineIndex(nodes);
  it('orders children and finds descendants', () => {
    expect(index.liveChildren('c').map((n) => n.id)).toEqual(['t', 's']);
    expect(index.descendants('c').map((n) => n.id).sort()).toEqual(['e', 's', 't']);
    expect(index.isSelfOrDescendant('c', 'e')).toBe(true);
    expect(index.isSelfOrDescendant('s', 't')).toBe(false);
  });
  it('densifies and inserts', () => {
    expect(densify(index.liveChildren('c')).map((n) => [n.id, n.position])).toEqual([['t', 0], ['s', 1]]);
    expect(insertAt([nodes[1]], nodes[2], 0).map((n) => n.id)).toEqual(['t', 's']);
    expect(insertAt([nodes[1]], nodes[2], 99).map((n) => n.id)).toEqual(['s', 't']);
  });
  it('builds the live tree', () => {
    const tree = buildTree([...nodes, { ...node('x', 'entry', 's', 1), deletedAt: 'now', deletedWith: 'x' }]);
    expect(tree[0].children.map((n) => n.id)).toEqual(['t', 's']);
    expect(tree[0].children[1].children.map((n) => n.id)).toEqual(['e']);
  });
});
