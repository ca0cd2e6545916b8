// The table figure of a yearbook entry: caption "表N　表题", an optional unit line "单位：…" above the
// table, and notes "资料来源：…" / "注：…" below it (export-conventions.md items 7–8).
import { mergeAttributes, Node } from '@tiptap/core';

/** A textblock of the figure, rendered as a div with a class and `data-type` (parse and style). */
function figureTextblock(name: string, className: string) {
  return Node.create({
    name,
    content: 'inline*',
    marks: '_',
    defining: true,
    parseHTML() {
      return [{ tag: `div[data-type="${name}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['div', mergeAttributes(HTMLAttributes, { 'data-type': name, class: className }), 0];
    },
  });
}

/** The caption line above the table: "表N　表题". */
export const TableCaption = figureTextblock('tableCaption', 'table-caption');
/** The unit line above the table: "单位：…" (optional). */
export const TableUnit = figureTextblock('tableUnit', 'table-unit');
/** A note line below the table: "资料来源：…" or "注：…" (any number). */
export const TableNote = figureTextblock('tableNote', 'table-note');

/** The wrapper: the only place a table may appear in an entry. */
export const TableFigure = Node.create({
  name: 'tableFigure',
  group: 'block',
  content: 'tableCaption tableUnit? table tableNote*',
  isolating: true,
  defining: true,
  parseHTML() {
    return [{ tag: 'figure[data-type="tableFigure"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-type': 'tableFigure', class: 'table-figure' }), 0];
  },
});
