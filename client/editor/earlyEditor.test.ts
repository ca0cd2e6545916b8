import type { Editor } from '@tiptap/core';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { claimEarlyEditor, offerEarlyEditor, removeEarlyView } from './earlyEditor';
import type { EntrySession } from './EntrySession';

/** Just what the hand-over looks at. */
function session() {
  return { ydoc: new Y.Doc() } as EntrySession;
}

function editor(focused: () => boolean) {
  const e = { isDestroyed: false, view: { hasFocus: focused } };
  return e as typeof e & Editor;
}

describe('early editor', () => {
  it('goes to the React editor of its own session only, the same answer on every claim', () => {
    const s = session();
    let focused = true;
    const e = editor(() => focused);
    offerEarlyEditor(s, e, () => {});
    expect(claimEarlyEditor(session())).toBeNull();
    const first = claimEarlyEditor(s);
    expect(first).toEqual({ editor: e, hadFocus: true });
    // Moving the editor into the page takes the focus away; the first claim's answer stands.
    focused = false;
    expect(claimEarlyEditor(s)).toBe(first);
  });

  it('goes with its session: the view is taken away and nothing is left to claim', () => {
    const s = session();
    const removeView = vi.fn();
    offerEarlyEditor(s, editor(() => false), removeView);
    s.ydoc.destroy();
    expect(removeView).toHaveBeenCalledTimes(1);
    expect(claimEarlyEditor(s)).toBeNull();
  });

  it('is not handed over once destroyed', () => {
    const s = session();
    const e = editor(() => false);
    offerEarlyEditor(s, e, () => {});
    e.isDestroyed = true;
    expect(claimEarlyEditor(s)).toBeNull();
  });

  it('takes the view away when the app has rendered, claimed or not', () => {
    const removeView = vi.fn();
    offerEarlyEditor(session(), editor(() => false), removeView);
    removeEarlyView();
    expect(removeView).toHaveBeenCalledTimes(1);
  });
});
