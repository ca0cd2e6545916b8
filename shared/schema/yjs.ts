// Reading an entry's Y.Doc without changing it: y-tiptap's converters delete what they cannot
// parse (and that deletion would sync from the server), so this walk skips such nodes instead.
import { Fragment, type Mark, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { getEntrySchema } from './schema';
import { entryText, type EntryTextModel } from './text';

/** The name of the XmlFragment holding an entry's content (Tiptap Collaboration's default). */
export const ENTRY_FRAGMENT = 'default';

// y-tiptap stores a mark that may overlap itself as `name--<8 chars of hash>`.
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

function marksOf(attributes: Record<string, unknown> | undefined, schema: Schema): Mark[] {
  const marks: Mark[] = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const type = schema.marks[HASHED_MARK.exec(key)?.[1] ?? key];
    if (type) marks.push(type.create(value as Record<string, unknown> | null));
  }
  return marks;
}

function childrenOf(el: Y.XmlElement | Y.XmlFragment, schema: Schema): PMNode[] {
  const nodes: PMNode[] = [];
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlElement) {
      const node = nodeOf(child, schema);
      if (node) nodes.push(node);
    } else if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
        if (typeof op.insert === 'string' && op.insert.length > 0) {
          nodes.push(schema.text(op.insert, marksOf(op.attributes, schema)));
        }
      }
    }
  }
  return nodes;
}

function nodeOf(el: Y.XmlElement, schema: Schema): PMNode | null {
  const type = schema.nodes[el.nodeName];
  if (!type) return null;
  try {
    const node = type.create(el.getAttributes(), Fragment.fromArray(childrenOf(el, schema)));
    node.check();
    return node;
  } catch {
    return null; // as y-tiptap would, minus deleting it: the editor of a writer cleans it up
  }
}

/** The entry's document as a ProseMirror node, read from the Y.Doc without modifying it. */
export function entryDocFromYDoc(ydoc: Y.Doc, schema: Schema = getEntrySchema()): PMNode {
  const content = childrenOf(ydoc.getXmlFragment(ENTRY_FRAGMENT), schema).filter((n) => n.type.isInGroup('block'));
  // An empty fragment reads as one empty paragraph, as the editor shows it.
  return content.length > 0 ? schema.topNodeType.create(null, content) : schema.topNodeType.createAndFill()!;
}

/** The text model of an entry's Y.Doc (XmlFragment 'default'). */
export function entryTextFromYDoc(ydoc: Y.Doc): EntryTextModel {
  return entryText(entryDocFromYDoc(ydoc));
}
