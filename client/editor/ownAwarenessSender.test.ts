import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { throttleOwnAwareness } from './ownAwarenessSender';

/** The client ids and states an encoded awareness update carries. */
function decode(update: Uint8Array): Map<number, unknown> {
  const reader = new Awareness(new Y.Doc());
  reader.setLocalState(null);
  applyAwarenessUpdate(reader, update, 'test');
  return reader.getStates();
}

describe('own awareness sender', () => {
  let awareness: Awareness;
  let sent: Uint8Array[];
  let stop: () => void;
  const server = { name: 'the provider' };
  beforeEach(() => {
    vi.useFakeTimers();
    awareness = new Awareness(new Y.Doc());
    sent = [];
    stop = throttleOwnAwareness(awareness, { send: (u) => sent.push(u), intervalMs: 50 });
  });
  afterEach(() => {
    stop();
    awareness.destroy();
    vi.useRealTimers();
  });

  it('sends the first caret move at once and later ones together, at most once per interval', () => {
    awareness.setLocalStateField('cursor', 1);
    expect(sent).toHaveLength(1);
    awareness.setLocalStateField('cursor', 2);
    awareness.setLocalStateField('cursor', 3);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(50);
    expect(sent).toHaveLength(2);
    expect(decode(sent[1]).get(awareness.clientID)).toEqual({ cursor: 3 });
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(2);
  });

  it("never repeats other users' states, which come from the server", () => {
    const other = new Awareness(new Y.Doc());
    other.setLocalStateField('cursor', 9);
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), server);
    expect(sent).toHaveLength(0);
    other.destroy();
  });

  it('answers the server timing this client out with its state, still there', () => {
    awareness.setLocalStateField('cursor', 1);
    vi.advanceTimersByTime(50);
    const onServer = new Awareness(new Y.Doc());
    applyAwarenessUpdate(onServer, sent[0], 'client');
    removeAwarenessStates(onServer, [awareness.clientID], 'timeout');
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(onServer, [awareness.clientID]), server);
    vi.advanceTimersByTime(50);
    expect(sent).toHaveLength(2);
    expect(decode(sent[1]).get(awareness.clientID)).toEqual({ cursor: 1 });
    onServer.destroy();
  });

  it('sends an own state restated unchanged only as a renewal, every 10 s', () => {
    class Position {
      constructor(readonly item: number) {}
    }
    // y-tiptap restates the caret after every remote edit, in new class instances, which
    // Awareness's deep equality calls a change each time.
    awareness.setLocalStateField('cursor', new Position(7));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(5_000);
    awareness.setLocalStateField('cursor', new Position(7));
    vi.advanceTimersByTime(50);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(5_000);
    awareness.setLocalStateField('cursor', new Position(7));
    expect(sent).toHaveLength(2);
    awareness.setLocalStateField('cursor', new Position(8));
    vi.advanceTimersByTime(50);
    expect(sent).toHaveLength(3);
    expect(decode(sent[2]).get(awareness.clientID)).toEqual({ cursor: { item: 8 } });
  });

  it('sends a departure at once', () => {
    awareness.setLocalStateField('cursor', 1);
    awareness.setLocalStateField('cursor', 2);
    awareness.setLocalState(null);
    expect(sent).toHaveLength(2);
    expect(decode(sent[1]).has(awareness.clientID)).toBe(false);
  });
});
