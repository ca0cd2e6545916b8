// The document's pipeline in isolation: what it stores of an update, and that it relays only
// after the commit resolved. Storage is a list here; tests/collab runs it over real sockets.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type AwarenessEntry, MalformedMessageError, MESSAGE_AWARENESS, MESSAGE_SYNC } from './messages';
import { type DocPeer, SharedDoc } from './SharedDoc';

interface Harness {
  shared: SharedDoc;
  stored: Uint8Array[];
  /** Resolves the oldest commit not yet resolved. */
  resolveNext(): Promise<void>;
  writer: DocPeer;
  reader: DocPeer & { frames: Uint8Array[] };
}

function harness(): Harness {
  const stored: Uint8Array[] = [];
  const waiting: Array<() => void> = [];
  const shared = new SharedDoc({
    name: 'entry/t',
    doc: new Y.Doc(),
    commit(update) {
      stored.push(update);
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    onCommitFailed: () => {},
  });
  const writer: DocPeer = { userId: 'w', send: () => {} };
  const frames: Uint8Array[] = [];
  const reader = { userId: 'r', frames, send: (f: Uint8Array) => void frames.push(f) };
  shared.addPeer(writer);
  shared.addPeer(reader);
  return {
    shared,
    stored,
    writer,
    reader,
    async resolveNext() {
      waiting.shift()?.();
      await new Promise((r) => setImmediate(r));
    },
  };
}

/** A client doc and the updates it produced, one per call of `type`. */
function typist() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => void updates.push(u));
  const text = doc.getText('t');
  return { doc, updates, type: (s: string) => text.insert(text.length, s) };
}

/** A caret state of `clientId`, as CollabConnection passes it on. */
function presence(clientId: number, clock: number): AwarenessEntry {
  const state = { user: { name: '张三' }, cursor: { anchor: 1, head: 1 } };
  return { clientId, clock, state, bytes: JSON.stringify(state).length };
}

/** The writer types a character: its update waits for the commit. Returns the writer's client id. */
function sendEdit(h: Harness): number {
  const a = typist();
  a.type('年');
  h.shared.receiveUpdate(a.updates[0], h.writer);
  return a.doc.clientID;
}

/** …and then moves its caret, as a typist's client does after each keystroke. */
function sendEditThenCaret(h: Harness): number {
  const clientId = sendEdit(h);
  h.shared.applyAwareness([presence(clientId, 1)], h.writer);
  return clientId;
}

/** The message type a frame starts with. */
function frameType(frame: Uint8Array): number {
  return frame[0];
}

describe('SharedDoc', () => {
  it('stores a wholly new update as it came and relays it only after the commit', async () => {
    const h = harness();
    const a = typist();
    a.type('年');
    h.shared.receiveUpdate(a.updates[0], h.writer);
    expect(h.stored).toEqual([a.updates[0]]);
    expect(h.reader.frames).toHaveLength(0);
    expect(h.shared.doc.getText('t').toString()).toBe('');
    await h.resolveNext();
    expect(h.reader.frames).toHaveLength(1);
    expect(h.shared.doc.getText('t').toString()).toBe('年');
  });

  it('stores only what it lacks of an update that repeats pending and committed edits', async () => {
    const h = harness();
    const a = typist();
    a.type('年');
    h.shared.receiveUpdate(a.updates[0], h.writer);
    await h.resolveNext();
    a.type('鉴');
    h.shared.receiveUpdate(a.updates[1], h.writer); // pending, not committed yet
    a.type('志');
    // A reconnecting client sends its whole state: two characters are known, one is new.
    h.shared.receiveUpdate(Y.encodeStateAsUpdate(a.doc), h.writer);
    expect(h.stored).toHaveLength(3);
    const replay = new Y.Doc();
    for (const u of h.stored.slice(0, 2)) Y.applyUpdate(replay, u);
    Y.applyUpdate(replay, h.stored[2]);
    expect(replay.getText('t').toString()).toBe('年鉴志');
    // The third row holds only 志: applied alone to a doc with 年 and 鉴, it adds one character.
    expect(Y.decodeUpdate(h.stored[2]).structs.reduce((n, s) => n + s.length, 0)).toBe(1);
    await h.resolveNext();
    await h.resolveNext();
    expect(h.shared.doc.getText('t').toString()).toBe('年鉴志');
  });

  it('stores nothing for an update it already has', async () => {
    const h = harness();
    const a = typist();
    a.type('年鉴');
    h.shared.receiveUpdate(a.updates[0], h.writer);
    await h.resolveNext();
    h.shared.receiveUpdate(Y.encodeStateAsUpdate(a.doc), h.writer);
    expect(h.stored).toHaveLength(1);
  });

  it('stores an update that waits for a missing one only together with it', async () => {
    const h = harness();
    const a = typist();
    a.type('年');
    a.type('鉴');
    h.shared.receiveUpdate(a.updates[1], h.writer); // 鉴 before 年: Yjs keeps it pending
    expect(h.stored).toHaveLength(0);
    h.shared.receiveUpdate(a.updates[0], h.writer);
    expect(h.stored).toHaveLength(1);
    await h.resolveNext();
    expect(h.shared.doc.getText('t').toString()).toBe('年鉴');
    expect(h.reader.frames).toHaveLength(1);
  });

  it('keeps an update waiting for a missing one across a malformed update from someone else', async () => {
    const h = harness();
    const a = typist();
    a.type('年');
    a.type('鉴');
    h.shared.receiveUpdate(a.updates[1], h.writer);
    expect(() => h.shared.receiveUpdate(new Uint8Array([1, 200, 7, 7, 7]), h.writer)).toThrow(MalformedMessageError);
    h.shared.receiveUpdate(a.updates[0], h.writer);
    expect(h.stored).toHaveLength(1);
    await h.resolveNext();
    expect(h.shared.doc.getText('t').toString()).toBe('年鉴');
  });

  it("relays a writer's presence only after the update it sent before it", async () => {
    const h = harness();
    sendEditThenCaret(h);
    expect(h.reader.frames).toHaveLength(0);
    await h.resolveNext();
    expect(h.reader.frames.map(frameType)).toEqual([MESSAGE_SYNC, MESSAGE_AWARENESS]);
  });

  it("does not hold one peer's presence behind another's pending update", () => {
    const h = harness();
    sendEdit(h);
    const other: DocPeer = { userId: 'o', send: () => {} };
    h.shared.addPeer(other);
    h.shared.applyAwareness([presence(4242, 1)], other);
    expect(h.reader.frames.map(frameType)).toEqual([MESSAGE_AWARENESS]);
  });

  it("does not send a writer's presence back to it, but sends it the others' and their removal", () => {
    const h = harness();
    const own: Uint8Array[] = [];
    h.writer.send = (f) => void own.push(f);
    h.shared.applyAwareness([presence(4242, 1)], h.writer);
    expect(h.reader.frames.map(frameType)).toEqual([MESSAGE_AWARENESS]);
    expect(own).toEqual([]);
    // The reader's caret reaches the writer; so does its removal, which the server makes.
    h.shared.applyAwareness([presence(77, 1)], h.reader);
    h.shared.removePeer(h.reader);
    expect(own.map(frameType)).toEqual([MESSAGE_AWARENESS, MESSAGE_AWARENESS]);
  });

  it('drops the held presence of a writer that left before its update was relayed', async () => {
    const h = harness();
    const clientId = sendEditThenCaret(h);
    h.shared.removePeer(h.writer);
    await h.resolveNext();
    expect(h.shared.awareness.getStates().has(clientId)).toBe(false);
  });

  it('rejects bytes that are not an update, storing nothing', () => {
    const h = harness();
    expect(() => h.shared.receiveUpdate(new Uint8Array([1, 200, 7, 7, 7]), h.writer)).toThrow(MalformedMessageError);
    expect(h.stored).toHaveLength(0);
  });
});
