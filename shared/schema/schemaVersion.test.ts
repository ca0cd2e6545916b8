// Pins the schema of each SCHEMA_VERSION: a change to nodes, marks, content expressions, groups or
// attributes fails here until SCHEMA_VERSION is bumped and its spec is added below. Changes must
// stay additive (design.md): y-tiptap deletes what it cannot parse, and that deletion syncs.
import { describe, expect, it } from 'vitest';
import { getEntrySchema, SCHEMA_VERSION } from './index';

/** The parts of the schema that decide what a stored document may contain. */
function schemaSpec() {
  const schema = getEntrySchema();
  const nodes = Object.fromEntries(
    Object.values(schema.nodes).map((n) => [n.name, { content: n.spec.content ?? '', group: n.spec.group ?? '', marks: n.spec.marks ?? null, attrs: Object.keys(n.spec.attrs ?? {}).sort() }]),
  );
  const marks = Object.values(schema.marks).map((m) => m.name).sort();
  return { nodes, marks };
}

const SPECS: Record<number, ReturnType<typeof schemaSpec>> = {
  1: {
    nodes: {
      doc: { content: 'block+', group: '', marks: null, attrs: [] },
      paragraph: { content: 'inline*', group: 'block', marks: null, attrs: [] },
      text: { content: '', group: 'inline', marks: null, attrs: [] },
      tableFigure: { content: 'tableCaption tableUnit? table tableNote*', group: 'block', marks: null, attrs: [] },
      tableCaption: { content: 'inline*', group: '', marks: '_', attrs: [] },
      tableUnit: { content: 'inline*', group: '', marks: '_', attrs: [] },
      tableNote: { content: 'inline*', group: '', marks: '_', attrs: [] },
      table: { content: 'tableRow+', group: '', marks: null, attrs: [] },
      tableRow: { content: '(tableCell | tableHeader)*', group: '', marks: null, attrs: [] },
      tableHeader: { content: 'paragraph+', group: '', marks: null, attrs: ['align', 'colspan', 'colwidth', 'rowspan'] },
      tableCell: { content: 'paragraph+', group: '', marks: null, attrs: ['align', 'colspan', 'colwidth', 'rowspan'] },
    },
    marks: ['bold', 'italic', 'subscript', 'superscript'],
  },
};

describe('schema version', () => {
  it(`SCHEMA_VERSION ${SCHEMA_VERSION} matches its recorded spec`, () => {
    expect(SPECS[SCHEMA_VERSION], `record the spec of version ${SCHEMA_VERSION} here`).toBeDefined();
    expect(schemaSpec()).toEqual(SPECS[SCHEMA_VERSION]);
  });

  it('each version only adds to the one before', () => {
    const versions = Object.keys(SPECS).map(Number).sort((a, b) => a - b);
    for (let i = 1; i < versions.length; i++) {
      const before = SPECS[versions[i - 1]];
      const after = SPECS[versions[i]];
      for (const name of Object.keys(before.nodes)) expect(after.nodes[name], `node ${name} kept`).toBeDefined();
      for (const mark of before.marks) expect(after.marks).toContain(mark);
    }
  });
});
