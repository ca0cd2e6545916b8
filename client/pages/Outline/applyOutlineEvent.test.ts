import { describe, expect, it } from 'vitest';
import { applyOutlineEvent, parseOutlineEvent } from './applyOutlineEvent';
import { childIds } from './outlineModel';
import { model, node } from './testNodes';

describe('applying outline events', () => {
  it('applies the next version', () => {
    const r = applyOutlineEvent(model(undefined, 4), { type: 'node-upserted', version: 5, node: node('e9', 's2', 0) });
    expect(r.kind).toBe('applied');
    expect(r.model.version).toBe(5);
    expect(childIds(r.model.nodes, 's2')).toEqual(['e9']);
  });

  it('ignores an event it already has', () => {
    const m = model(undefined, 4);
    const r = applyOutlineEvent(m, { type: 'node-deleted', version: 4, nodeIds: ['e1'] });
    expect(r.kind).toBe('ignored');
    expect(r.model).toBe(m);
  });

  it('asks for a reload on a version gap, a reload event or a restore', () => {
    const m = model(undefined, 4);
    expect(applyOutlineEvent(m, { type: 'node-deleted', version: 6, nodeIds: ['e1'] }).kind).toBe('reload');
    expect(applyOutlineEvent(m, { type: 'reload', version: 5 }).kind).toBe('reload');
    expect(applyOutlineEvent(m, { type: 'node-restored', version: 5, nodeIds: ['e1'] }).kind).toBe('reload');
  });

  it('applies deletions and written lengths', () => {
    let r = applyOutlineEvent(model(undefined, 1), { type: 'node-deleted', version: 2, nodeIds: ['s1'] });
    expect(r.model.nodes.has('e1')).toBe(false);
    r = applyOutlineEvent(model(undefined, 1), { type: 'length-changed', version: 2, nodeId: 'e2', writtenLength: 321 });
    expect(r.model.nodes.get('e2')?.writtenLength).toBe(321);
  });

  it('parses event data and drops garbage', () => {
    expect(parseOutlineEvent('{"type":"reload","version":3}')).toEqual({ type: 'reload', version: 3 });
    expect(parseOutlineEvent('not json')).toBeNull();
    expect(parseOutlineEvent('{"foo":1}')).toBeNull();
  });
});
