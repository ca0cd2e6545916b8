// What DocIntegrator reports as gained: Yjs's own encoding of what the doc took in, never more or
// less, and whether the doc had held anything back before.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocIntegrator } from './docIntegrator';

/** A client doc whose updates are kept, one per edit. */
function client(clientId?: number) {
  const doc = new Y.Doc();
  if (clientId !== undefined) doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => void updates.push(u));
  const text = doc.getText('t');
  return { doc, updates, type: (s: string) => text.insert(text.length, s) };
}

const textOf = (doc: Y.Doc) => doc.getText('t').toString();

/** A fresh doc loaded as storage loads one: the stored rows merged, then applied. */
function loaded(rows: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates([...rows]));
  return doc;
}

/** Structs per client in an update. */
function structClients(update: Uint8Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of Y.decodeUpdate(update).structs) counts.set(s.id.client, (counts.get(s.id.client) ?? 0) + 1);
  return counts;
}

describe('DocIntegrator', () => {
  it("reports a client's new edit, and a repeat as nothing", () => {
    const server = new Y.Doc();
    const integrator = new DocIntegrator(server);
    const a = client();
    a.type('年鉴');
    const first = integrator.apply(a.updates[0], null);
    expect(first.error).toBeNull();
    expect(first.heldBack).toBe(false);
    expect(textOf(loaded([first.gained!]))).toBe('年鉴');
    expect(textOf(server)).toBe('年鉴');
    expect(integrator.apply(a.updates[0], null)).toEqual({ gained: null, error: null, heldBack: false });
  });

  it('reports what was relayed even for bytes Yjs would merge into another state', () => {
    const server = new Y.Doc();
    const integrator = new DocIntegrator(server);
    const stored: Uint8Array[] = [];
    const x = client(9);
    x.type('X');
    stored.push(integrator.apply(x.updates[0], null).gained!);
    // Two blocks of one client, the later clock first: not Yjs's normal form. Applying it, Yjs keeps
    // the last block ("hello"); merging stored rows, it would keep neither.
    const a = client(7);
    a.type('hello');
    a.type('abc');
    const block = (u: Uint8Array) => u.subarray(1, u.length - 1); // [1 client][block][empty delete set]
    const odd = Uint8Array.from([2, ...block(a.updates[1]), ...block(a.updates[0]), 0]);
    const { gained, error } = integrator.apply(odd, null);
    expect(error).toBeNull();
    expect(textOf(server)).toBe('helloX');
    stored.push(gained!);
    // What storage holds loads as what the server shows; the bytes as sent would not.
    expect(textOf(loaded(stored))).toBe(textOf(server));
    expect(textOf(loaded([stored[0], odd]))).not.toBe(textOf(server));
  });

  it('reports only the new part of a sync answer that repeats what the doc has', () => {
    const server = new Y.Doc();
    const integrator = new DocIntegrator(server);
    const a = client();
    const b = client();
    a.type('甲');
    integrator.apply(a.updates[0], null);
    Y.applyUpdate(b.doc, a.updates[0]);
    b.type('乙');
    // B's whole state: A's struct, which the server has, and B's own.
    const { gained } = integrator.apply(Y.encodeStateAsUpdate(b.doc), null);
    expect(structClients(gained!)).toEqual(new Map([[b.doc.clientID, 1]]));
    expect(textOf(server)).toBe('甲乙');
  });

  it('reports held-back structs with the update that completes them, and that some were held back', () => {
    const server = new Y.Doc();
    const integrator = new DocIntegrator(server);
    const a = client();
    a.type('年');
    a.type('鉴');
    expect(integrator.apply(a.updates[1], null)).toEqual({ gained: null, error: null, heldBack: false });
    expect(server.store.pendingStructs).not.toBeNull();
    const { gained, heldBack } = integrator.apply(a.updates[0], null);
    expect(heldBack).toBe(true);
    expect(textOf(loaded([gained!]))).toBe('年鉴');
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
    const { gained, error } = integrator.apply(whole.subarray(0, whole.length - 1), null);
    expect(error).toBeInstanceOf(Error);
    expect(textOf(server).length).toBeGreaterThan(0);
    expect(textOf(loaded([gained!]))).toBe(textOf(server));
  });
});
