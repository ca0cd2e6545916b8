// Editor commands for table figures: insert one (caption 表N, unit, a 3×3 table with a header row,
// a source note) after the current top-level block, remove the one around the cursor, and leave
// it for a paragraph below (Enter on an empty note line, or Mod-Enter anywhere in the figure).
import { Extension } from '@tiptap/core';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { TextSelection, type EditorState } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    tableFigure: {
      /** Inserts a new table figure after the block holding the cursor. */
      insertTableFigure: () => ReturnType;
      /** Deletes the table figure holding the cursor. */
      deleteTableFigure: () => ReturnType;
      /** Puts the cursor in a new paragraph right after the figure holding it. */
      exitTableFigure: () => ReturnType;
    };
  }
}

function textblock(schema: Schema, type: string, text: string): PMNode {
  return schema.nodes[type].create(null, text ? schema.text(text) : null);
}

function buildFigure(schema: Schema, number: number): PMNode {
  const cell = (type: 'tableHeader' | 'tableCell') => schema.nodes[type].create(null, schema.nodes.paragraph.create());
  const row = (type: 'tableHeader' | 'tableCell') => schema.nodes.tableRow.create(null, [cell(type), cell(type), cell(type)]);
  const table = schema.nodes.table.create(null, [row('tableHeader'), row('tableCell'), row('tableCell')]);
  return schema.nodes.tableFigure.create(null, [
    textblock(schema, 'tableCaption', `表${number}　`),
    textblock(schema, 'tableUnit', '单位：'),
    table,
    textblock(schema, 'tableNote', '资料来源：'),
  ]);
}

/** The position and node of the table figure around the selection, if any. */
function figureAround(state: EditorState): { pos: number; node: PMNode } | null {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    if ($from.node(d).type.name === 'tableFigure') return { pos: $from.before(d), node: $from.node(d) };
  }
  return null;
}

/** Commands for inserting and deleting table figures. */
export const TableFigureCommands = Extension.create({
  name: 'tableFigureCommands',
  addCommands() {
    return {
      insertTableFigure:
        () =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          const at = $from.depth > 0 ? $from.after(1) : state.doc.content.size;
          let before = 0;
          state.doc.nodesBetween(0, at, (node) => {
            if (node.type.name === 'tableFigure') before++;
            return node.type.name !== 'tableFigure';
          });
          const figure = buildFigure(state.schema, before + 1);
          if (dispatch) {
            // A figure at the very end would leave nowhere to write on below it.
            if (at >= state.doc.content.size) tr.insert(at, state.schema.nodes.paragraph.create());
            tr.insert(at, figure);
            const captionEnd = at + 2 + figure.child(0).content.size;
            tr.setSelection(TextSelection.create(tr.doc, captionEnd)).scrollIntoView();
          }
          return true;
        },
      deleteTableFigure:
        () =>
        ({ state, tr, dispatch }) => {
          const figure = figureAround(state);
          if (!figure) return false;
          if (dispatch) {
            const end = figure.pos + figure.node.nodeSize;
            // The document needs one block: leave an empty paragraph when the figure was all.
            if (state.doc.childCount === 1) tr.replaceWith(figure.pos, end, state.schema.nodes.paragraph.create());
            else tr.delete(figure.pos, end);
            tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(figure.pos, tr.doc.content.size))));
          }
          return true;
        },
      exitTableFigure:
        () =>
        ({ state, tr, dispatch }) => {
          const figure = figureAround(state);
          if (!figure) return false;
          if (dispatch) {
            let end = figure.pos + figure.node.nodeSize;
            const { $from } = state.selection;
            // An empty note line the user pressed Enter on goes away instead of staying behind.
            if ($from.parent.type.name === 'tableNote' && $from.parent.content.size === 0) {
              tr.delete($from.before(), $from.after());
              end = tr.mapping.map(end);
            }
            const next = tr.doc.resolve(end).nodeAfter;
            // An empty paragraph already below (as insertTableFigure leaves one) is used as is.
            if (!(next?.type.name === 'paragraph' && next.content.size === 0)) tr.insert(end, state.schema.nodes.paragraph.create());
            tr.setSelection(TextSelection.create(tr.doc, end + 1)).scrollIntoView();
          }
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== 'tableNote' || $from.parent.content.size > 0) return false;
        return editor.commands.exitTableFigure();
      },
      'Mod-Enter': ({ editor }) => editor.commands.exitTableFigure(),
    };
  },
});
