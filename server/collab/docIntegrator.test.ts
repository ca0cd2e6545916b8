// What DocIntegrator reports as gained: the update itself for a client's new edit, Yjs's own
// account of the transaction otherwise, and never more or less than the doc took in.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocIntegrator } from './docIntegrator';

/** A client doc whose updates are kept, one per edit. */
function client() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => void updates.push(u));
  const text = doc.getText('t');
  return { doc, updates, type: (s: string) => text.insert(text.length, s) };
}

const textOf = (doc: Y.Doc) => doc.getText('t').toString();

/** Structs per client in an update. */
function structClients(update: Uint8Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of Y.decodeUpdate(update).structs) counts.set(s.id.client, (counts.get(s.id.client) ?? 0) + 1);
  return counts;
}

describe('DocIntegrator', () => {
  it("takes a client's new edit as sent, and a repeat as nothing", () => {
    const server = new Y.Doc();
    const integrator = new DocIntegrator(server);
    const a = client();
    a.type('年鉴');
    const first = integrator.apply(a.updates[0], null, true);
    expect(first.gained).toBe(a.updates[0]);
    expect(first.error).toBeNull();
    expect(textOf(server)).toBe('年鉴');
    expect(integrator.apply(a.updates[0], null, true)).toEqual({ gained: null, error: null });
  });

  it('reports only the new part of a sync answer that repeats what the doc has', () => {
    const server = new Y.Doc();
    const integrator = new DocIntegrator(server);
    const a = client();
    const b = client();
    a.type('甲');
    integrator.apply(a.updates[0], null, true);
    Y.applyUpdate(b.doc, a.updates[0]);
    b.type('乙');
    // B's whole state: A's struct, which the server has, and B's own.
    const { gained } = integrator.apply(Y.encodeStateAsUpdate(b.doc), null, false);
    expect(structClients(gained!)).toEqual(new Map([[b.doc.clientID, 1]]));
    expect(textOf(server)).toBe('甲乙');
  });

  it('reports held-back structs with the update that completes them', () => {
    const server = new Y.Doc();
    const integrator = new DocIntegrator(server);
    const a = client();
    a.type('年');
    a.type('鉴');
    expect(integrator.apply(a.updates[1], null, true)).toEqual({ gained: null, error: null });
    expect(server.store.pendingStructs).not.toBeNull();
    const { gained } = integrator.apply(a.updates[0], null, true);
    const replay = new Y.Doc();
    Y.applyUpdate(replay, gained!);
    expect(textOf(replay)).toBe('年鉴');
    expect(server.store.pendingStructs).toBeNull();
  });

  it('reports what integrated before a decoding error, and the error', () => {
    const server = new Y.Doc();
    const integrator = new DocIntegrator(server);
    const a = client();
    a.type('年鉴志');
    a.doc.getText('t').delete(1, 1);
    const whole = Y.mergeUpdates(a.updates);
    // Cut into the delete set, which Yjs reads after integrating the structs.
    const cut = whole.subarray(0, whole.length - 1);
    const { gained, error } = integrator.apply(cut, null, true);
    expect(error).toBeInstanceOf(Error);
    expect(textOf(server).length).toBeGreaterThan(0);
    const replay = new Y.Doc();
    Y.applyUpdate(replay, gained!);
    expect(textOf(replay)).toBe(textOf(server));
  });
});
