// The entry page before React and antd have loaded: the app's header, the entry's title and its
// editor, in plain DOM laid out as the React page is, so that a cold open of /entries/:id shows
// the text and takes input as soon as it has synced (issue 3: interactive in under a second). The
// React page takes the editor over (client/editor/earlyEditor.ts), and this view goes.
import type { Editor } from '@tiptap/core';
import { ROLE_LABELS_ZH, type Role } from '@shared/domain/roles';
import { offerEarlyEditor } from '@client/editor/earlyEditor';
import { type EditorUser, mountEntryEditor } from '@client/editor/entryEditorSetup';
import type { EntrySession } from '@client/editor/EntrySession';
import { FONT_FAMILY } from '@client/theme';
import './earlyEntryView.css';

/** On <body> while the view shows: hides index.html's 正在加载…. */
const SHOWN_CLASS = 'early-entry-shown';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** What the early view shows of the entry page. */
export interface EarlyEntryPage {
  title: string;
  /** The user's role in the entry's yearbook (the page shows it under the title), if any. */
  role: Role | null;
  editable: boolean;
}

/** Shows the entry page's title, role line and editor on `session` above the app's root, and offers the editor. */
export function showEarlyEntryView(session: EntrySession, user: EditorUser, { title, role, editable }: EarlyEntryPage): Editor {
  const header = element('header', 'early-entry-header');
  header.append(element('span', 'early-entry-brand', '年鉴编纂平台'));
  const paper = element('div', 'entry-page-paper');
  const editorFrame = element('div', 'entry-editor early-entry-editor');
  editorFrame.append(paper);
  const page = element('div', 'early-entry-content');
  page.append(element('div', 'early-entry-trail'), element('h3', 'early-entry-title', title));
  if (role) page.append(element('div', 'early-entry-role', `我的角色：${ROLE_LABELS_ZH[role]}`));
  page.append(editorFrame);
  const view = element('div', 'early-entry');
  view.style.fontFamily = FONT_FAMILY;
  view.setAttribute('data-testid', 'early-entry');
  view.append(header, page);
  document.body.prepend(view);
  document.body.classList.add(SHOWN_CLASS);

  const editor = mountEntryEditor(session, user, editable, paper);
  offerEarlyEditor(session, editor, () => {
    view.remove();
    document.body.classList.remove(SHOWN_CLASS);
  });
  return editor;
}

/** Resolves once `session` has synced with the server (it may never: the caller bounds the wait). */
export function whenSynced(session: EntrySession): Promise<void> {
  return new Promise((resolve) => {
    if (session.getSnapshot().synced) return resolve();
    const stop = session.subscribe(() => {
      if (!session.getSnapshot().synced) return;
      stop();
      resolve();
    });
  });
}
