import { describe, expect, it } from 'vitest';
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
});
