import { describe, expect, it } from 'vitest';
import { addableKinds } from './nodeKinds';
import { model, node } from './testNodes';

describe('addable kinds', () => {
  const m = model([...model().nodes.values(), node('ss1', 's1', 3, 'section')]);
  it('offers categories at the top, sections in categories, entries and one nesting in sections', () => {
    expect(addableKinds(null, m.nodes)).toEqual(['category']);
    expect(addableKinds(m.nodes.get('c1')!, m.nodes)).toEqual(['section']);
    expect(addableKinds(m.nodes.get('s1')!, m.nodes)).toEqual(['entry', 'section']);
    expect(addableKinds(m.nodes.get('ss1')!, m.nodes)).toEqual(['entry']);
    expect(addableKinds(m.nodes.get('e1')!, m.nodes)).toEqual([]);
  });
});
