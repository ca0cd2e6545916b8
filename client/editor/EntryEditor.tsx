// The entry editor: Tiptap bound to the entry's Y.Doc (fragment 'default') through the shared
// schema, remote carets, toolbar, connection/presence/length line and refusal alerts.
// IME: remote changes are not deferred during a composition. y-tiptap writes the whole PM doc into
// Yjs on every local transaction (updateYFragment), so a held-back remote change would be deleted
// by the next keystroke of the composition; prosemirror-view (1.42) keeps the composition's text
// node alive across y-tiptap's whole-document replace instead (tests/e2e/entryIme.test.ts).
import { Alert, Button } from 'antd';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { CLOSE_CODES } from '@shared/protocol';
import { entryExtensions, entryText, ENTRY_FRAGMENT } from '@shared/schema';
import { EditorStatusBar } from './EditorStatusBar';
import { EditorToolbar } from './EditorToolbar';
import { caretAwareness } from './caretAwareness';
import type { EntrySession, EntrySessionSnapshot } from './EntrySession';
import { PasteTables } from './extensions/pasteTables';
import { TableFigureCommands } from './extensions/tableFigureCommands';
import { CAN_WRITE_FIELD, TableRepair } from './extensions/tableRepair';
import { keepEditorEventsLocal } from './keepEditorEventsLocal';
import { RefusalAlert } from './RefusalAlert';
import { scrollCaretIntoWindow } from './scrollCaretIntoWindow';
import { userColor } from './userColor';
import './entryEditor.css';

/** What the user can do about a terminal close: reload for a new editor, sign in again. */
function closedAction(code: number) {
  if (code === CLOSE_CODES.RELOAD) return <Button size="small" onClick={() => location.reload()}>刷新页面</Button>;
  if (code === CLOSE_CODES.UNAUTHORIZED) return <Button size="small" href="/signin">重新登录</Button>;
  return undefined;
}

/** Props of the entry editor. */
export interface EntryEditorProps {
  session: EntrySession;
  snapshot: EntrySessionSnapshot;
  user: { id: string; displayName: string };
  /** The user's role allows only reading (reviewer, inspector). */
  readOnly: boolean;
  plannedLength: number | null;
}

/** The collaborative editor of one entry. Never given `content`: the Y.Doc is the content. */
export function EntryEditor({ session, snapshot, user, readOnly, plannedLength }: EntryEditorProps) {
  const editable = !readOnly && !snapshot.readOnlyByServer && !snapshot.closed;
  const editor = useEditor(
    {
      extensions: [
        ...entryExtensions,
        Collaboration.configure({ document: session.ydoc, field: ENTRY_FRAGMENT }),
        CollaborationCaret.configure({
          provider: { awareness: caretAwareness(session.provider.awareness) },
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
    },
    [session],
  );

  const paper = useRef<HTMLDivElement>(null);
  useEffect(() => (paper.current ? keepEditorEventsLocal(paper.current) : undefined), []);

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
    session.provider.awareness.setLocalStateField(CAN_WRITE_FIELD, editable);
  }, [editor, editable, session]);

  return (
    <div className="entry-editor" data-editable={editable}>
      {snapshot.closed && (
        <Alert
          type="warning"
          showIcon
          data-testid="closed-alert"
          title="已断开与服务器的连接"
          description={snapshot.closed.message}
          action={closedAction(snapshot.closed.code)}
        />
      )}
      {snapshot.storageTrouble && !snapshot.closed && (
        <Alert type="warning" showIcon data-testid="storage-alert" title={snapshot.storageTrouble} />
      )}
      {snapshot.refusal && (snapshot.refusal.code === null || snapshot.refusal.unsent) && editor && (
        <RefusalAlert refusal={snapshot.refusal} fullText={() => entryText(editor.state.doc).text} />
      )}
      <EditorStatusBar status={snapshot.status} users={snapshot.users} readOnly={!editable} editor={editor} plannedLength={plannedLength} />
      {editor && <EditorToolbar editor={editor} />}
      <div className="entry-page-paper" ref={paper}>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
