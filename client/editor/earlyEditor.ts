// An entry's editor that the page showed before React had loaded (client/pages/Entry/
// earlyEntryView.ts), handed to the React editor of the same session (EntryEditor.tsx), which
// moves it into the page. Holds no editor code (type imports only).
import type { Editor } from '@tiptap/core';
import type { EntrySession } from './EntrySession';

/** What the React editor takes over. */
export interface EarlyEditor {
  editor: Editor;
  /** The editor had the focus when it was claimed: moving it into the page takes the focus away. */
  hadFocus: boolean;
}

interface Offer {
  session: EntrySession;
  editor: Editor;
  removeView: () => void;
  claimed: EarlyEditor | null;
}

let offer: Offer | null = null;

/** Offers `editor`, shown by a view that `removeView` takes away, to the React editor of `session`. */
export function offerEarlyEditor(session: EntrySession, editor: Editor, removeView: () => void): void {
  const current: Offer = { session, editor, removeView, claimed: null };
  offer = current;
  session.ydoc.once('destroy', () => {
    removeView();
    if (offer === current) offer = null;
  });
}

/**
 * The early editor of `session`, or null (none, another session's, destroyed with its session).
 * Claiming it again gives the same answer (strict mode renders twice).
 */
export function claimEarlyEditor(session: EntrySession): EarlyEditor | null {
  if (!offer || offer.session !== session || offer.editor.isDestroyed) return null;
  offer.claimed ??= { editor: offer.editor, hadFocus: offer.editor.view.hasFocus() };
  return offer.claimed;
}

/** Takes the early view away: the app has rendered (and a claimed editor has moved into it). */
export function removeEarlyView(): void {
  offer?.removeView();
}
