// The table nodes of an entry: prosemirror-tables via Tiptap, kept inside a tableFigure only, cells
// hold paragraphs (no nested tables), and the table normalizer never runs on remote changes.
import { Plugin, type Transaction } from '@tiptap/pm/state';
import { Table as TiptapTable, TableCell as TiptapTableCell, TableHeader as TiptapTableHeader, TableRow } from '@tiptap/extension-table';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** True when the transaction was made by y-tiptap to render a change that came from Yjs. */
export function isRemoteTransaction(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return !!meta?.isChangeOrigin;
}

/**
 * prosemirror-tables' `fixTables` runs in every client after every change; on remote changes each
 * client would add the same missing cells, and concurrent add-row + add-column then grows a table
 * without end (ProseMirror/prosemirror-tables#249). Only local transactions are normalized.
 */
function skipOnRemote(plugin: Plugin): Plugin {
  const append = plugin.spec.appendTransaction;
  if (!append) return plugin;
  return new Plugin({
    ...plugin.spec,
    appendTransaction(trs, oldState, newState) {
      if (trs.some(isRemoteTransaction)) return null;
      return append.call(this, trs, oldState, newState);
    },
  });
}

/** The table itself: not in group `block`, only a tableFigure may hold it; never resizable. */
export const Table = TiptapTable.extend({
  group: () => undefined,
  addOptions() {
    return { ...this.parent!(), resizable: false };
  },
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map(skipOnRemote);
  },
});

/** A body cell: one or more paragraphs, nothing else. */
export const TableCell = TiptapTableCell.extend({ content: 'paragraph+' });

/** A header cell: one or more paragraphs, nothing else. */
export const TableHeader = TiptapTableHeader.extend({ content: 'paragraph+' });

export { TableRow };
