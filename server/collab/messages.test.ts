// The frame reader/writer against y-protocols' own encoders and decoders.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodePermissionDenied, MalformedMessageError, readAwarenessUpdate, readMessage, writeAwarenessUpdate } from './messages';

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

describe('messages', () => {
  it('reads the three sync message types the stock client sends', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, '年鉴');
    const step1 = frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, doc)));
    const step2 = frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep2(e, doc)));
    const update = frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))));
    expect(readMessage(step1)).toEqual({ kind: 'sync-step1', stateVector: Y.encodeStateVector(doc) });
    expect(readMessage(step2).kind).toBe('sync-step2');
    expect(readMessage(update)).toEqual({ kind: 'sync-update', update: Y.encodeStateAsUpdate(doc) });
  });

  it('round-trips awareness updates written by y-protocols', () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: '张三' }, cursor: null });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const entries = readAwarenessUpdate(update);
    expect(entries).toEqual([{ clientId: awareness.clientID, clock: 1, state: { user: { name: '张三' }, cursor: null }, bytes: expect.any(Number) }]);
    expect(writeAwarenessUpdate(entries)).toEqual(update);
    awareness.destroy();
  });

  it('rejects malformed frames with MalformedMessageError', () => {
    const bad = [
      new Uint8Array(0),
      Uint8Array.of(0),
      Uint8Array.of(0, 7, 0),
      Uint8Array.of(42),
      Uint8Array.of(0, 0, 5, 1),
      frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, Uint8Array.of(1, 1, 1, 3, 0x7b, 0x7b, 0x7b)))),
      frame((e) => {
        encoding.writeVarUint(e, 1);
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, 1);
        encoding.writeVarString(inner, '[1,2]');
        encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      }),
    ];
    for (const f of bad) expect(() => readMessage(f)).toThrow(MalformedMessageError);
  });

  it('writes a permission-denied message the stock client reads', () => {
    const d = decoding.createDecoder(encodePermissionDenied('read-only'));
    expect(decoding.readVarUint(d)).toBe(2);
    let reason = '';
    authProtocol.readAuthMessage(d, new Y.Doc(), (_doc, r) => (reason = r));
    expect(reason).toBe('read-only');
  });
});
