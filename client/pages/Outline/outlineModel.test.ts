import { describe, expect, it } from 'vitest';
import { buildTree, childIds, modelFromResponse, removeNodes, upsertNode } from './outlineModel';
import { model, node, response } from './testNodes';

describe('outline model', () => {
  it('flattens the server tree and rebuilds it in position order', () => {
    const res = response([
      { ...node('c2', null, 1, 'category'), children: [] },
      { ...node('c1', null, 0, 'category'), children: [{ ...node('s1', 'c1', 0, 'section'), children: [] }] },
    ], 7);
    const m = modelFromResponse(res);
    expect(m.version).toBe(7);
    expect(m.nodes.size).toBe(3);
    const tree = buildTree(m.nodes);
    expect(tree.map((t) => t.id)).toEqual(['c1', 'c2']);
    expect(tree[0].children.map((t) => t.id)).toEqual(['s1']);
  });

  it('inserts a new node at its position and shifts the siblings after it', () => {
    const m = upsertNode(model(), node('e9', 's1', 1));
    expect(childIds(m.nodes, 's1')).toEqual(['e1', 'e9', 'e2', 'e3']);
    expect(m.nodes.get('e3')?.position).toBe(3);
  });

  it('moves a node to another parent and closes the gap it left', () => {
    const m = upsertNode(model(), node('e1', 's2', 0));
    expect(childIds(m.nodes, 's1')).toEqual(['e2', 'e3']);
    expect(m.nodes.get('e2')?.position).toBe(0);
    expect(childIds(m.nodes, 's2')).toEqual(['e1']);
  });

  it('reorders within a parent, and applying the shifted siblings again changes nothing', () => {
    let m = upsertNode(model(), node('e3', 's1', 0));
    expect(childIds(m.nodes, 's1')).toEqual(['e3', 'e1', 'e2']);
    m = upsertNode(m, node('e1', 's1', 1));
    m = upsertNode(m, node('e2', 's1', 2));
    expect(childIds(m.nodes, 's1')).toEqual(['e3', 'e1', 'e2']);
  });

  it('removes a node with its descendants and renumbers the siblings', () => {
    const m = removeNodes(model(), ['c1']);
    expect([...m.nodes.keys()].sort()).toEqual(['c2', 's2']);
    expect(m.nodes.get('c2')?.position).toBe(0);
    const m2 = removeNodes(model(), ['e2']);
    expect(childIds(m2.nodes, 's1')).toEqual(['e1', 'e3']);
    expect(m2.nodes.get('e3')?.position).toBe(1);
  });

  it('builds a tree of 2,000 entries quickly', () => {
    const list = [];
    for (let c = 0; c < 30; c++) {
      list.push(node(`c${c}`, null, c, 'category'));
      for (let s = 0; s < 7; s++) {
        list.push(node(`c${c}s${s}`, `c${c}`, s, 'section'));
        for (let e = 0; e < 10; e++) list.push(node(`c${c}s${s}e${e}`, `c${c}s${s}`, e));
      }
    }
    const start = performance.now();
    const tree = buildTree(model(list).nodes);
    expect(performance.now() - start).toBeLessThan(200);
    expect(tree).toHaveLength(30);
    expect(tree[29].children[6].children[9].id).toBe('c29s6e9');
  });
});
