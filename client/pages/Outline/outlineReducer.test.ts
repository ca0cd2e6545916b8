import { describe, expect, it } from 'vitest';
import { childIds } from './outlineModel';
import { INITIAL_OUTLINE_STATE, outlineReducer } from './outlineReducer';
import { node, response } from './testNodes';

const tree = [{ ...node('c1', null, 0, 'category'), children: [{ ...node('s1', 'c1', 0, 'section'), children: [] }] }];

describe('outline page state', () => {
  it('queues events that arrive before the outline and applies the newer ones after it', () => {
    let s = outlineReducer(INITIAL_OUTLINE_STATE, { type: 'event', event: { type: 'node-upserted', version: 3, node: node('old', 's1', 0) } });
    s = outlineReducer(s, { type: 'event', event: { type: 'node-upserted', version: 4, node: node('e4', 's1', 0) } });
    expect(s.model).toBeNull();
    s = outlineReducer(s, { type: 'loaded', response: response(tree, 3) });
    expect(s.model?.version).toBe(4);
    expect(childIds(s.model!.nodes, 's1')).toEqual(['e4']);
    expect(s.needsReload).toBe(false);
  });

  it('flags a reload on a version gap and clears it when loading starts', () => {
    let s = outlineReducer(INITIAL_OUTLINE_STATE, { type: 'loaded', response: response(tree, 3) });
    s = outlineReducer(s, { type: 'event', event: { type: 'node-deleted', version: 9, nodeIds: ['s1'] } });
    expect(s.needsReload).toBe(true);
    expect(s.model?.nodes.has('s1')).toBe(true);
    s = outlineReducer(s, { type: 'load-started' });
    expect(s.needsReload).toBe(false);
    expect(s.loading).toBe(true);
  });

  it('applies local changes without touching the version', () => {
    let s = outlineReducer(INITIAL_OUTLINE_STATE, { type: 'loaded', response: response(tree, 3) });
    s = outlineReducer(s, { type: 'local-upsert', node: node('e1', 's1', 0) });
    s = outlineReducer(s, { type: 'event', event: { type: 'node-upserted', version: 4, node: node('e1', 's1', 0) } });
    expect(s.model?.version).toBe(4);
    expect(childIds(s.model!.nodes, 's1')).toEqual(['e1']);
    s = outlineReducer(s, { type: 'local-remove', nodeIds: ['c1'] });
    expect(s.model?.nodes.size).toBe(0);
  });
});
