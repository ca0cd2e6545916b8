// The entry editor's Tiptap setup, apart from React: the shared schema bound to the session's
// Y.Doc (fragment 'default'), remote carets, the table commands and repair, and the view's props.
// The React editor (EntryEditor.tsx) and the editor the entry page shows before React has loaded
// (client/pages/Entry/earlyEntryView.ts) are made from it alike.
import { Editor, type EditorOptions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { entryExtensions, ENTRY_FRAGMENT } from '@shared/schema';
import { caretAwareness } from './caretAwareness';
import type { EntrySession } from './EntrySession';
import { PasteTables } from './extensions/pasteTables';
import { TableFigureCommands } from './extensions/tableFigureCommands';
import { CAN_WRITE_FIELD, TableRepair } from './extensions/tableRepair';
import { scrollCaretIntoWindow } from './scrollCaretIntoWindow';
import { userColor } from './userColor';
import './entryEditor.css';

/** Who is editing: the caret's name and colour. */
export interface EditorUser {
  id: string;
  displayName: string;
}

/** The options of an entry's editor. Never `content`: the Y.Doc is the content. */
export function entryEditorOptions(session: EntrySession, user: EditorUser, editable: boolean): Partial<EditorOptions> {
  return {
    extensions: [
      ...entryExtensions,
      Collaboration.configure({ document: session.ydoc, field: ENTRY_FRAGMENT }),
      CollaborationCaret.configure({
        provider: { awareness: caretAwareness(session.provider.awareness, () => session.beforeRemoteChange?.()) },
        user: { name: user.displayName, color: userColor(user.id) },
      }),
      TableFigureCommands,
      PasteTables,
      TableRepair.configure({ awareness: session.provider.awareness }),
    ],
    editable,
    editorProps: {
      attributes: { class: 'entry-prose', 'data-testid': 'entry-editor', spellcheck: 'false', lang: 'zh-CN' },
      handleScrollToSelection: scrollCaretIntoWindow,
    },
    // Whichever editor shows the session last reads the page's pending input before each change
    // from the server (a destroyed one reads nothing).
    onMount: ({ editor }) => {
      session.beforeRemoteChange = () => readPendingInput(editor);
    },
  };
}

/** Makes the editor editable or read-only, and tells the others whether this user writes. */
export function setEditorEditable(editor: Editor, session: EntrySession, editable: boolean): void {
  if (!editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  session.provider.awareness.setLocalStateField(CAN_WRITE_FIELD, editable);
}

/**
 * Lets ProseMirror read what the page has and it has not yet (`DOMObserver.flush`, internal API):
 * a click moves the page's selection at once, but ProseMirror reads it only on the browser's
 * selectionchange event, a task later. A remote change, or a redraw of the others' carets, in
 * between made y-tiptap put back the selection from before the click, and the click was lost
 * (tests/e2e/entryClickWhileTyping.test.ts).
 */
function readPendingInput(editor: Editor): void {
  if (editor.isDestroyed) return;
  (editor.view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
}

/**
 * An entry's editor mounted in `element`, outside React; it is destroyed with the session's doc,
 * whoever shows it by then.
 */
export function mountEntryEditor(session: EntrySession, user: EditorUser, editable: boolean, element: HTMLElement): Editor {
  const editor = new Editor({ ...entryEditorOptions(session, user, editable), element });
  setEditorEditable(editor, session, editable);
  session.ydoc.once('destroy', () => editor.destroy());
  return editor;
}
