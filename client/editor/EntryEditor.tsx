// The entry editor: Tiptap bound to the entry's Y.Doc (entryEditorSetup.ts), with the toolbar,
// the connection/presence/length line and the alerts. When the entry page showed the editor
// before React had loaded (client/pages/Entry/earlyEntryView.ts), that editor is taken over.
// IME: remote changes are not deferred during a composition. y-tiptap writes the whole PM doc into
// Yjs on every local transaction (updateYFragment), so a held-back remote change would be deleted
// by the next keystroke of the composition; prosemirror-view (1.42) keeps the composition's text
// node alive across y-tiptap's whole-document replace instead (tests/e2e/entryIme.test.ts).
import { Alert, Button } from 'antd';
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { CLOSE_CODES } from '@shared/protocol';
import { entryText } from '@shared/schema';
import { claimEarlyEditor, type EarlyEditor, removeEarlyView } from './earlyEditor';
import { EditorStatusBar } from './EditorStatusBar';
import { EditorToolbar } from './EditorToolbar';
import { type EditorUser, entryEditorOptions, setEditorEditable } from './entryEditorSetup';
import type { EntrySession, EntrySessionSnapshot } from './EntrySession';
import { keepEditorEventsLocal } from './keepEditorEventsLocal';
import { RefusalAlert } from './RefusalAlert';

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
  user: EditorUser;
  /** The user's role allows only reading (reviewer, inspector). */
  readOnly: boolean;
  plannedLength: number | null;
}

/** The editor takes input unless the role, the server or a terminal close forbids it. */
function isEditable({ readOnly, snapshot }: EntryEditorProps): boolean {
  return !readOnly && !snapshot.readOnlyByServer && !snapshot.closed;
}

/** The collaborative editor of one entry: the one shown before React when there is one. */
export function EntryEditor(props: EntryEditorProps) {
  // Claiming again for the same session gives the same editor (strict mode renders twice).
  const early = useMemo(() => claimEarlyEditor(props.session), [props.session]);
  return early ? <EarlyEntryEditor {...props} early={early} /> : <OwnEntryEditor {...props} />;
}

/** The editor made here. */
function OwnEntryEditor(props: EntryEditorProps) {
  const editor = useEditor(entryEditorOptions(props.session, props.user, isEditable(props)), [props.session]);
  return <EntryEditorFrame {...props} editor={editor} />;
}

/** The editor the page showed before React: moved into the frame, the caret kept where it was. */
function EarlyEntryEditor({ early, ...props }: EntryEditorProps & { early: EarlyEditor }) {
  // After EditorContent (a child) has moved the editor in: put the focus back, drop the early page.
  useLayoutEffect(() => {
    if (early.hadFocus && !early.editor.isDestroyed && !early.editor.view.hasFocus()) early.editor.view.focus();
    removeEarlyView();
  }, [early]);
  return <EntryEditorFrame {...props} editor={early.editor} />;
}

/** The editor with its alerts, status line and toolbar. */
function EntryEditorFrame({ editor, ...props }: EntryEditorProps & { editor: Editor | null }) {
  const { session, snapshot, plannedLength } = props;
  const editable = isEditable(props);
  const paper = useRef<HTMLDivElement>(null);
  useEffect(() => (paper.current ? keepEditorEventsLocal(paper.current) : undefined), []);

  useEffect(() => {
    if (editor) setEditorEditable(editor, session, editable);
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
