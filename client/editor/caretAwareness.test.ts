import { describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { caretAwareness } from './caretAwareness';

describe('caret awareness', () => {
  it("tells 'change' listeners about others' states only, and passes everything else through", () => {
    const awareness = new Awareness(new Y.Doc());
    const carets = caretAwareness(awareness);
    const heard: number[][] = [];
    const listener = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => heard.push([...added, ...updated, ...removed]);
    carets.on('change', listener);

    carets.setLocalStateField('cursor', 1); // the own caret moved: nothing to redraw
    expect(heard).toEqual([]);
    expect(carets.getLocalState()).toEqual({ cursor: 1 });

    const other = new Awareness(new Y.Doc());
    other.setLocalStateField('cursor', 2);
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'server');
    expect(heard).toEqual([[other.clientID]]);
    expect(carets.getStates().get(other.clientID)).toEqual({ cursor: 2 });

    carets.off('change', listener);
    other.setLocalStateField('cursor', 3);
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'server');
    expect(heard).toHaveLength(1);
    awareness.destroy();
    other.destroy();
  });

  it("runs beforeRedraw once per burst of others' changes, in a timeout queued before the listener's", () => {
    vi.useFakeTimers();
    try {
      const awareness = new Awareness(new Y.Doc());
      const order: string[] = [];
      const carets = caretAwareness(awareness, () => order.push('read the page'));
      // Like y-tiptap's caret plugin: the redraw waits for a timeout queued on the first change.
      let redrawQueued = false;
      carets.on('change', () => {
        if (redrawQueued) return;
        redrawQueued = true;
        setTimeout(() => {
          redrawQueued = false;
          order.push('redraw');
        }, 0);
      });

      carets.setLocalStateField('cursor', 1); // the own caret: no redraw, nothing to read
      const other = new Awareness(new Y.Doc());
      for (const cursor of [2, 3]) {
        other.setLocalStateField('cursor', cursor);
        applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'server');
      }
      expect(order).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(order).toEqual(['read the page', 'redraw']);
      awareness.destroy();
      other.destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});
