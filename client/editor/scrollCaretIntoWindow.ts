// Keeping the caret in view: the entry editor sits in the page, whose only scroller is the window.
// ProseMirror's own scrolling measures every ancestor of the caret up to <body> (a layout read
// and a computed style each, a dozen levels under the app frame) on every keystroke; this measures
// the caret once and scrolls the window. An editor moved into a scrolling panel needs the stock one.
import type { EditorView } from '@tiptap/pm/view';

/** ProseMirror's default `scrollMargin`: the space kept between the caret and the window's edge. */
const MARGIN_PX = 5;

/** Scrolls the window so that the selection's head is in view; for `handleScrollToSelection`. */
export function scrollCaretIntoWindow(view: EditorView): boolean {
  const { selection } = view.state;
  let rect: { top: number; bottom: number };
  try {
    rect = view.coordsAtPos(selection.head, 1);
  } catch {
    return false; // no coordinates (not rendered): let ProseMirror try
  }
  const win = view.dom.ownerDocument.defaultView;
  if (!win) return false;
  if (rect.top - MARGIN_PX < 0) win.scrollBy(0, rect.top - MARGIN_PX);
  else if (rect.bottom + MARGIN_PX > win.innerHeight) win.scrollBy(0, rect.bottom + MARGIN_PX - win.innerHeight);
  return true;
}
