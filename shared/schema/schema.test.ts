import { describe, expect, it } from 'vitest';
import { getEntrySchema, SCHEMA_VERSION } from './index';
import { sampleEntryJson } from './testDocs';

describe('entry schema', () => {
  const schema = getEntrySchema();

  it('has a version and builds headless', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(Object.keys(schema.nodes)).toEqual(
      expect.arrayContaining(['doc', 'paragraph', 'text', 'tableFigure', 'tableCaption', 'tableUnit', 'tableNote', 'table', 'tableRow', 'tableHeader', 'tableCell']),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'subscript', 'superscript']);
  });

  it('has no headings, lists, code, links or hard breaks', () => {
    for (const name of ['heading', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'hardBreak', 'blockquote']) {
      expect(schema.nodes[name]).toBeUndefined();
    }
    expect(schema.marks.link).toBeUndefined();
    expect(schema.marks.code).toBeUndefined();
    expect(() => schema.nodeFromJSON({ type: 'doc', content: [{ type: 'heading', content: [] }] })).toThrow();
    expect(() => schema.nodeFromJSON({ type: 'doc', content: [{ type: 'bulletList', content: [] }] })).toThrow();
  });

  it('accepts paragraphs and a table figure', () => {
    const doc = schema.nodeFromJSON(sampleEntryJson);
    expect(() => doc.check()).not.toThrow();
  });

  it('keeps tables inside a table figure and cells free of tables', () => {
    const table = sampleEntryJson.content[1].content[2];
    const bare = schema.nodeFromJSON({ type: 'doc', content: [table] });
    expect(() => bare.check()).toThrow();
    const noCaption = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'tableFigure', content: [table] }] });
    expect(() => noCaption.check()).toThrow();
    const nested = {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'tableFigure', content: [] }] }] }],
    };
    expect(() => schema.nodeFromJSON(nested).check()).toThrow();
  });
});
