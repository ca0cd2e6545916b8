import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entryDocFromYDoc, entryText, entryTextFromYDoc, getEntrySchema } from './index';
import { sampleEntryJson } from './testDocs';

describe('reading an entry Y.Doc', () => {
  const schema = getEntrySchema();

  it('gives the same text model as the ProseMirror document', () => {
    const ydoc = prosemirrorJSONToYDoc(schema, sampleEntryJson, 'default');
    expect(entryTextFromYDoc(ydoc)).toEqual(entryText(schema.nodeFromJSON(sampleEntryJson)));
    expect(entryDocFromYDoc(ydoc).toJSON()).toEqual(schema.nodeFromJSON(sampleEntryJson).toJSON());
  });

  it('survives a round trip through an update', () => {
    const ydoc = prosemirrorJSONToYDoc(schema, sampleEntryJson, 'default');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    expect(entryTextFromYDoc(copy).text).toBe(entryTextFromYDoc(ydoc).text);
  });

  it('skips nodes the schema cannot parse and never changes the doc', () => {
    const ydoc = prosemirrorJSONToYDoc(schema, sampleEntryJson, 'default');
    const fragment = ydoc.getXmlFragment('default');
    const heading = new Y.XmlElement('heading');
    heading.insert(0, [new Y.XmlText('标题')]);
    fragment.insert(0, [heading]);
    const before = Y.encodeStateVector(ydoc);
    const model = entryTextFromYDoc(ydoc);
    expect(model.text.startsWith('2023年')).toBe(true);
    expect(Y.encodeStateVector(ydoc)).toEqual(before);
    expect(fragment.length).toBe(4);
  });

  it('reads an empty doc as one empty paragraph', () => {
    expect(entryTextFromYDoc(new Y.Doc())).toEqual({ text: '', blocks: [{ kind: 'paragraph', start: 0, end: 0, pos: 1 }] });
  });
});
