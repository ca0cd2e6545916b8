// The one text model of an entry (design.md "One text model"): plain text of every textblock joined
// by '\n', with each block's kind, UTF-16 range and ProseMirror position, built by one walk.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { BlockKind, CheckEntry } from '../checker/types';

/** One textblock of the entry in the text model. */
export interface TextBlock {
  kind: BlockKind;
  /** UTF-16 offset of the block's first character in `text`. */
  start: number;
  /** UTF-16 offset just after the block's last character (the '\n' or the end of `text`). */
  end: number;
  /** ProseMirror position of the block's content start (the textblock's pos + 1). */
  pos: number;
}

/** The plain text of an entry and where each block sits in it and in the document. */
export interface EntryTextModel {
  text: string;
  blocks: TextBlock[];
}

const KIND_BY_NODE: Record<string, BlockKind> = {
  paragraph: 'paragraph',
  tableCaption: 'tableCaption',
  tableUnit: 'tableUnit',
  tableNote: 'tableNote',
};

/** Builds the text model of an entry document by one walk; every textblock is one block. */
export function entryText(doc: PMNode): EntryTextModel {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  let offset = 0;
  doc.descendants((node, pos, parent) => {
    if (!node.isTextblock) return true;
    const inCell = parent?.type.spec.tableRole === 'cell' || parent?.type.spec.tableRole === 'header_cell';
    const kind: BlockKind = inCell ? 'tableCell' : (KIND_BY_NODE[node.type.name] ?? 'paragraph');
    // textContent is exact here: the schema allows no inline node but text (no hard breaks).
    const text = node.textContent;
    if (blocks.length > 0) offset += 1;
    blocks.push({ kind, start: offset, end: offset + text.length, pos: pos + 1 });
    parts.push(text);
    offset += text.length;
    return false;
  });
  return { text: parts.join('\n'), blocks };
}

/** Index of the last block whose start is ≤ offset (binary search), or -1. */
function blockIndexAtOffset(model: EntryTextModel, offset: number): number {
  let lo = 0;
  let hi = model.blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (model.blocks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The document position of a UTF-16 offset into `model.text` (ProseMirror counts text in UTF-16
 * units too). An offset on a '\n' separator maps to the end of the block before it.
 */
export function textOffsetToPos(model: EntryTextModel, offset: number): number | null {
  const index = blockIndexAtOffset(model, offset);
  if (index < 0) return null;
  const block = model.blocks[index];
  return block.pos + Math.min(offset, block.end) - block.start;
}

/** The UTF-16 offset into `model.text` of a document position, or null outside every textblock. */
export function posToTextOffset(model: EntryTextModel, pos: number): number | null {
  let lo = 0;
  let hi = model.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = model.blocks[mid];
    if (pos < block.pos) hi = mid - 1;
    else if (pos > block.pos + (block.end - block.start)) lo = mid + 1;
    else return block.start + pos - block.pos;
  }
  return null;
}

/** Number of Unicode code points in a string (a surrogate pair counts once). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The written length (字数) of an entry: code points of all blocks, the '\n' joins not counted. */
export function entryLength(model: EntryTextModel): number {
  return codePointLength(model.text) - Math.max(0, model.blocks.length - 1);
}

/** The checker's view of an entry: the title apart, then each block's kind and text. */
export function toCheckEntry(title: string, model: EntryTextModel): CheckEntry {
  return {
    title,
    blocks: model.blocks.map((b) => ({ kind: b.kind, text: model.text.slice(b.start, b.end) })),
  };
}
