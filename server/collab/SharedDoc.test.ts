// The document's pipeline in isolation: what it stores of an update, and that it relays only
// after the commit resolved (or, with commitNow, in the same step). Storage is a list here;
// tests/collab runs it over real sockets. Both commit modes share the helpers, hence one file
// a little past 400 lines.
import * as decoding from 'lib0/decoding';
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
  reader: RecordingPeer;
}

type RecordingPeer = DocPeer & { frames: Uint8Array[] };

function recordingPeer(userId: string): RecordingPeer {
  const frames: Uint8Array[] = [];
  return { userId, frames, send: (f: Uint8Array) => void frames.push(f) };
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
  const reader = recordingPeer('r');
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

interface NowHarness {
  shared: SharedDoc;
  /** What commitNow stored, in order. */
  committed: Uint8Array[];
  /** The errors onCommitFailed was called with. */
  failures: unknown[];
  /** While true, commitNow throws instead of storing. */
  failing: boolean;
  writer: RecordingPeer;
  reader: RecordingPeer;
}

/** A document in the synchronous mode: commitNow stores into a list before it returns. */
function harnessNow(): NowHarness {
  const h = { committed: [] as Uint8Array[], failures: [] as unknown[], failing: false, writer: recordingPeer('w'), reader: recordingPeer('r') };
  const shared = new SharedDoc({
    name: 'entry/t',
    doc: new Y.Doc(),
    commit() {
      throw new Error('the batched commit ran although commitNow was given');
    },
    commitNow(update) {
      if (h.failing) throw new Error('disk full (injected)');
      h.committed.push(update);
    },
    onCommitFailed: (_doc, err) => void h.failures.push(err),
  });
  shared.addPeer(h.writer);
  shared.addPeer(h.reader);
  return Object.assign(h, { shared });
}

/** The sync message type and update of a frame [MESSAGE_SYNC, type, update]. */
function readSyncFrame(frame: Uint8Array): { syncType: number; update: Uint8Array } {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE_SYNC);
  const syncType = decoding.readVarUint(decoder);
  const update = decoding.readVarUint8Array(decoder);
  expect(decoding.hasContent(decoder)).toBe(false);
  return { syncType, update };
}

/** A fresh doc with `updates` applied, as a client or a reload from storage would hold it. */
function replay(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

/** The updates carried by the sync frames a peer received. */
function relayed(peer: RecordingPeer): Uint8Array[] {
  return peer.frames.map((f) => readSyncFrame(f).update);
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
function sendEdit(h: Pick<Harness, 'shared' | 'writer'>): number {
  const a = typist();
  a.type('年');
  h.shared.receiveUpdate(a.updates[0], h.writer);
  return a.doc.clientID;
}

/** …and then moves its caret, as a typist's client does after each keystroke. */
function sendEditThenCaret(h: Pick<Harness, 'shared' | 'writer'>): number {
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

describe('SharedDoc with commitNow (synchronous journal)', () => {
  it('commits and relays an update before receiveUpdate returns, without echoing it to the sender', () => {
    const h = harnessNow();
    const a = typist();
    a.type('年鉴');
    h.shared.receiveUpdate(a.updates[0], h.writer);
    expect(h.committed).toHaveLength(1);
    expect(replay(h.committed).getText('t').toString()).toBe('年鉴');
    expect(h.reader.frames).toHaveLength(1);
    expect(readSyncFrame(h.reader.frames[0]).syncType).toBe(2); // messageYjsUpdate
    expect(relayed(h.reader)).toEqual(h.committed);
    expect(h.writer.frames).toEqual([]);
    expect(h.shared.doc.getText('t').toString()).toBe('年鉴');
    expect(h.failures).toEqual([]);
  });

  it('commits and relays nothing for a repeated update or a reconnect that brings nothing new', () => {
    const h = harnessNow();
    const a = typist();
    a.type('年鉴志');
    h.shared.receiveUpdate(a.updates[0], h.writer);
    h.shared.receiveUpdate(a.updates[0], h.writer);
    expect(h.committed).toHaveLength(1);
    expect(h.reader.frames).toHaveLength(1);

    a.doc.getText('t').delete(1, 1);
    h.shared.receiveUpdate(a.updates[1], h.writer);
    expect(h.committed).toHaveLength(2);
    expect(h.shared.doc.getText('t').toString()).toBe('年志');
    // The same deletion again, then the whole state as a reconnecting client sends it.
    h.shared.receiveUpdate(a.updates[1], h.writer);
    h.shared.receiveUpdate(Y.encodeStateAsUpdate(a.doc), h.writer);
    expect(h.committed).toHaveLength(2);
    expect(h.reader.frames).toHaveLength(2);
    expect(replay(h.committed).getText('t').toString()).toBe('年志');
  });

  it('reports a commit that throws and relays nothing', () => {
    const h = harnessNow();
    const a = typist();
    a.type('年');
    h.failing = true;
    expect(() => h.shared.receiveUpdate(a.updates[0], h.writer)).not.toThrow();
    expect(h.failures).toHaveLength(1);
    expect((h.failures[0] as Error).message).toBe('disk full (injected)');
    expect(h.committed).toEqual([]);
    expect(h.reader.frames).toEqual([]);
    expect(h.writer.frames).toEqual([]);
  });

  it('commits and relays exactly what integrated of an update whose delete set is cut off', () => {
    // Two clients each insert, then each delete one character of their own. Merged, their four
    // updates carry both inserts as structs, then a delete set with two clients.
    const a = typist();
    const b = typist();
    a.type('年鉴');
    Y.applyUpdate(b.doc, a.updates[0]);
    b.type('志书');
    a.doc.getText('t').delete(1, 1);
    b.doc.getText('t').delete(3, 1); // b still has 年鉴志书
    const whole = Y.mergeUpdates([a.updates[0], b.updates[1], a.updates[1], b.updates[2]]);
    expect(replay([whole]).getText('t').toString()).toBe('年志');
    // Cut bytes off the end until applying throws: the structs and the first client's deletion
    // integrate, then reading the second client's deletion runs out of bytes.
    let truncated: Uint8Array | null = null;
    let partial = '';
    for (let cut = 1; cut < whole.length && truncated === null; cut++) {
      const candidate = whole.slice(0, whole.length - cut);
      const fresh = new Y.Doc();
      try {
        Y.applyUpdate(fresh, candidate);
      } catch {
        truncated = candidate;
        partial = fresh.getText('t').toString();
      }
    }
    if (truncated === null) throw new Error('no truncation of the update fails to apply');
    expect(partial).toHaveLength(3); // four characters inserted, one of the two deletions applied

    const h = harnessNow();
    const update = truncated;
    expect(() => h.shared.receiveUpdate(update, h.writer)).toThrow(MalformedMessageError);
    expect(h.shared.doc.getText('t').toString()).toBe(partial);
    expect(h.failures).toEqual([]);
    // Storage, a reader and the committed doc agree: reloading from storage gives the same doc.
    expect(h.committed).toHaveLength(1);
    expect(relayed(h.reader)).toEqual(h.committed);
    expect(h.writer.frames).toEqual([]);
    const stored = replay(h.committed);
    expect(stored.getText('t').toString()).toBe(partial);
    expect(Y.equalSnapshots(Y.snapshot(stored), Y.snapshot(h.shared.doc))).toBe(true);
    expect(h.shared.doc.store.pendingStructs).toBeNull();
    expect(h.shared.doc.store.pendingDs).toBeNull();
  });

  it('keeps structs waiting for a missing dependency out of storage, relays and sync answers', () => {
    const h = harnessNow();
    const a = typist();
    a.type('年');
    a.type('鉴');
    h.shared.receiveUpdate(a.updates[1], h.writer); // 鉴 before 年: Yjs keeps it pending
    expect(h.committed).toEqual([]);
    expect(h.reader.frames).toEqual([]);
    expect(h.shared.doc.store.pendingStructs).not.toBeNull();

    const answer = readSyncFrame(h.shared.syncAnswer(Y.encodeStateVector(new Y.Doc())));
    expect(answer.syncType).toBe(1); // messageYjsSyncStep2
    expect(Y.decodeUpdate(answer.update).structs.filter((s) => s.id.client === a.doc.clientID)).toEqual([]);
    const joiner = replay([answer.update]);
    expect(joiner.getText('t').toString()).toBe('');
    expect(joiner.store.pendingStructs).toBeNull();
    // The answer set the pending structs aside only for the encoding.
    expect(h.shared.doc.store.pendingStructs).not.toBeNull();

    h.shared.receiveUpdate(a.updates[0], h.writer);
    expect(h.committed).toHaveLength(1);
    expect(replay(h.committed).getText('t').toString()).toBe('年鉴');
    expect(replay(relayed(h.reader)).getText('t').toString()).toBe('年鉴');
    // The sender of the completing update gets it too: it may lack what was held back (it could
    // have joined after 鉴 came, and sync answers leave held-back structs out).
    expect(replay(relayed(h.writer)).getText('t').toString()).toBe('年鉴');
    expect(h.shared.doc.getText('t').toString()).toBe('年鉴');
    expect(h.shared.doc.store.pendingStructs).toBeNull();
  });

  it('keeps a deletion of structs it lacks out of storage and sync answers until they arrive', () => {
    const h = harnessNow();
    const a = typist();
    a.type('年鉴');
    a.doc.getText('t').delete(1, 1);
    h.shared.receiveUpdate(a.updates[1], h.writer); // deletes 鉴, which the server has not seen
    expect(h.committed).toEqual([]);
    expect(h.reader.frames).toEqual([]);
    const answer = readSyncFrame(h.shared.syncAnswer(Y.encodeStateVector(new Y.Doc())));
    expect(Y.decodeUpdate(answer.update).ds.clients.size).toBe(0);

    h.shared.receiveUpdate(a.updates[0], h.writer);
    expect(h.committed).toHaveLength(1);
    expect(replay(h.committed).getText('t').toString()).toBe('年');
    expect(replay(relayed(h.reader)).getText('t').toString()).toBe('年');
    expect(h.shared.doc.store.pendingDs).toBeNull();
  });

  it("publishes a writer's presence sent after an update at once", () => {
    const h = harnessNow();
    const clientId = sendEditThenCaret(h);
    expect(h.reader.frames.map(frameType)).toEqual([MESSAGE_SYNC, MESSAGE_AWARENESS]);
    expect(h.shared.awareness.getStates().has(clientId)).toBe(true);
    expect(h.writer.frames).toEqual([]);
  });
});
