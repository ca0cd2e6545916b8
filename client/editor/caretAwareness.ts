// The awareness the remote-caret plugin sees. y-tiptap's caret plugin redraws every caret, with a
// ProseMirror transaction of its own, on every awareness change, also on changes of this user's
// own state, which it never draws: on every keystroke of the typist (its caret moved) and after
// every remote edit on the others (y-tiptap re-anchors their own caret). Those changes are kept
// from it; the carets of others redraw as before.
import type { Awareness } from 'y-protocols/awareness';

type Change = { added: number[]; updated: number[]; removed: number[] };
type Listener = (change: Change, origin: unknown) => void;

/** The part of an Awareness y-tiptap's caret plugin and Tiptap's CollaborationCaret use. */
export type CaretAwareness = Pick<Awareness, 'getStates' | 'getLocalState' | 'setLocalStateField' | 'on' | 'off' | 'states' | 'clientID'>;

/**
 * `awareness`, except that 'change' listeners do not hear changes of the own state alone, and
 * `beforeRedraw` runs before the redraw that the others' changes cause: the plugin redraws in a
 * timeout of its own, queued when it hears a change, and would put back a selection the editor
 * has not read from the page yet (see entryEditorSetup.ts). A timeout queued just before it runs
 * first.
 */
export function caretAwareness(awareness: Awareness, beforeRedraw: () => void = () => {}): CaretAwareness {
  const own = awareness.clientID;
  const wrapped = new Map<Listener, Listener>();
  let redrawQueued = false;
  const queueBeforeRedraw = () => {
    if (redrawQueued) return;
    redrawQueued = true;
    setTimeout(() => {
      redrawQueued = false;
      beforeRedraw();
    }, 0);
  };
  const othersChanged = ({ added, updated, removed }: Change) =>
    added.some((id) => id !== own) || updated.some((id) => id !== own) || removed.some((id) => id !== own);
  return {
    get states() {
      return awareness.states;
    },
    clientID: own,
    getStates: () => awareness.getStates(),
    getLocalState: () => awareness.getLocalState(),
    setLocalStateField: (field, value) => awareness.setLocalStateField(field, value),
    on(event: string, listener: Listener) {
      if (event !== 'change') return awareness.on(event as 'update', listener);
      const filtered: Listener = (change, origin) => {
        if (!othersChanged(change)) return;
        queueBeforeRedraw();
        listener(change, origin);
      };
      wrapped.set(listener, filtered);
      awareness.on('change', filtered);
    },
    off(event: string, listener: Listener) {
      if (event !== 'change') return awareness.off(event as 'update', listener);
      const filtered = wrapped.get(listener);
      if (filtered) awareness.off('change', filtered);
      wrapped.delete(listener);
    },
  } as CaretAwareness;
}
