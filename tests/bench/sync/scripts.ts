// Pre-built typing scripts: each benchmark client's edits as Yjs updates, encoded before the timed
// run so the generator only sends bytes. A client owns one paragraph (XmlFragment 'default', the
// y-tiptap layout) that starts with a unique tag and grows by one character per edit.
import * as Y from 'yjs';

/** The characters clients type, in turn (BMP, so one character is one Yjs clock tick). */
const TYPED = '年鉴记录本地一年自然社会政治经济文化的基本情况与重大事项';

/** One client's script. */
export interface ClientScript {
  /** The Yjs clientID every update of this client carries. */
  clientId: number;
  /** The paragraph's initial text (a tag unique in the run). */
  tag: string;
  /** Update 0 creates the paragraph; update k (k ≥ 1) types character k-1. */
  updates: Uint8Array[];
  /** endClocks[k]: the client's clock after update k; a receiver has update k once it has this clock. */
  endClocks: Int32Array;
}

/** The character typing edit k (k ≥ 1) inserts. */
export function typedChar(k: number): string {
  return TYPED[(k - 1) % TYPED.length];
}

/** The paragraph text a client has after its first `sent` updates (0 → nothing). */
export function expectedParagraph(tag: string, sent: number): string | null {
  if (sent <= 0) return null;
  let typed = '';
  for (let i = 0; i < sent - 1; i++) typed += TYPED[i % TYPED.length];
  return tag + typed;
}

/**
 * Builds a client's updates: one transaction per edit, captured from the doc's update event.
 * `edits` counts the typing edits; the paragraph-creating update comes first, so there are edits + 1.
 */
export function buildClientScript(clientId: number, tag: string, edits: number): ClientScript {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  const endClocks = new Int32Array(edits + 1);
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const fragment = doc.getXmlFragment('default');
  const text = new Y.XmlText();
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    fragment.insert(0, [paragraph]);
    text.insert(0, tag);
  });
  endClocks[0] = Y.getState(doc.store, clientId);
  let length = tag.length;
  for (let k = 1; k <= edits; k++) {
    text.insert(length, typedChar(k));
    length += 1;
    endClocks[k] = Y.getState(doc.store, clientId);
  }
  doc.destroy();
  return { clientId, tag, updates, endClocks };
}

/** The text of every paragraph of an entry doc (y-tiptap layout), in document order. */
export function paragraphTexts(doc: Y.Doc): string[] {
  const out: string[] = [];
  for (const node of doc.getXmlFragment('default').toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    let s = '';
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        for (const op of child.toDelta() as { insert: unknown }[]) {
          if (typeof op.insert === 'string') s += op.insert;
        }
      }
    }
    out.push(s);
  }
  return out;
}
