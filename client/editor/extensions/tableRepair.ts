// Repairs tables that concurrent edits left non-rectangular (one user adds a row while another
// adds a column), on ONE client only: the writable client with the lowest awareness id. Every
// client repairing (prosemirror-tables' default) adds the same cells N times and the table grows
// without end (ProseMirror/prosemirror-tables#249); shared/schema's Table skips remote changes.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { fixTables, TableMap } from '@tiptap/pm/tables';
import type { EditorView } from '@tiptap/pm/view';
import type { Awareness } from 'y-protocols/awareness';
import { isRemoteTransaction } from '@shared/schema';

/** The awareness field a client sets to true while it may write (used to elect the repairer). */
export const CAN_WRITE_FIELD = 'canWrite';

/** Options of the table repair extension. */
export interface TableRepairOptions {
  awareness: Awareness | null;
}

function hasBrokenTable(doc: PMNode): boolean {
  let broken = false;
  doc.descendants((node) => {
    if (broken) return false;
    if (node.type.spec.tableRole === 'table') {
      if (TableMap.get(node).problems) broken = true;
      return false;
    }
    return node.isBlock && !node.isTextblock;
  });
  return broken;
}

/** True when this client is the one that repairs: the lowest id among writable clients here. */
export function isRepairer(awareness: Awareness): boolean {
  if (awareness.getLocalState()?.[CAN_WRITE_FIELD] !== true) return false;
  let lowest = awareness.clientID;
  awareness.getStates().forEach((state, clientId) => {
    if (state[CAN_WRITE_FIELD] === true && clientId < lowest) lowest = clientId;
  });
  return lowest === awareness.clientID;
}

const key = new PluginKey<number>('tableRepair');

/** After remote changes, the elected client fixes broken tables with one local transaction. */
export const TableRepair = Extension.create<TableRepairOptions>({
  name: 'tableRepair',
  addOptions() {
    return { awareness: null };
  },
  addProseMirrorPlugins() {
    const awareness = this.options.awareness;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const repair = (view: EditorView) => {
      timer = null;
      if (view.isDestroyed || !view.editable || !awareness || !isRepairer(awareness)) return;
      const tr = fixTables(view.state);
      if (tr) view.dispatch(tr.setMeta('addToHistory', false));
    };
    return [
      new Plugin<number>({
        key,
        // Counts remote document changes; the view compares counts to see that one arrived.
        state: {
          init: () => 0,
          apply: (tr, count) => (tr.docChanged && isRemoteTransaction(tr) ? count + 1 : count),
        },
        view: () => ({
          update(view, prevState) {
            if (key.getState(view.state) === key.getState(prevState) || timer) return;
            if (!hasBrokenTable(view.state.doc)) return;
            // Outside the dispatch that rendered the remote change (y-tiptap holds its mutex there).
            timer = setTimeout(() => repair(view), 50);
          },
          destroy() {
            if (timer) clearTimeout(timer);
          },
        }),
      }),
    ];
  },
});
