// The benchmark's reference: a bare Tiptap editor (Document, Paragraph, Text) bound to a Y.Doc
// through Collaboration and CollaborationCaret over the stock y-websocket provider, nothing else.
// The page reads the server (`ws`), the room and the user's name from its query string.
import { Editor } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Document } from '@tiptap/extension-document';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const params = new URLSearchParams(location.search);
const ydoc = new Y.Doc();
const provider = new WebsocketProvider(params.get('ws') ?? 'ws://127.0.0.1:1234', params.get('room') ?? 'bench', ydoc);
const name = params.get('user') ?? 'bare';

new Editor({
  element: document.querySelector<HTMLElement>('#editor')!,
  extensions: [
    Document,
    Paragraph,
    Text,
    Collaboration.configure({ document: ydoc }),
    CollaborationCaret.configure({ provider, user: { name, color: name === 'typist' ? '#d4380d' : '#389e0d' } }),
  ],
  // The same test id as the entry editor, so the benchmark drives both pages with one set of helpers.
  editorProps: { attributes: { class: 'bare-prose', 'data-testid': 'entry-editor', spellcheck: 'false', lang: 'zh-CN' } },
});
