import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CAN_WRITE_FIELD, isRepairer } from './tableRepair';

function peer(id: number, canWrite: boolean): Awareness {
  const doc = new Y.Doc();
  doc.clientID = id;
  const awareness = new Awareness(doc);
  awareness.setLocalStateField(CAN_WRITE_FIELD, canWrite);
  return awareness;
}

/** Copies every peer's state into every other peer's awareness, as the server relays it. */
function connect(peers: Awareness[]): void {
  for (const from of peers) {
    for (const to of peers) {
      if (from !== to) to.states.set(from.clientID, from.getLocalState()!);
    }
  }
}

describe('table repair election', () => {
  it('elects exactly the writable client with the lowest id', () => {
    const peers = [peer(30, true), peer(10, false), peer(20, true)];
    connect(peers);
    expect(peers.map(isRepairer)).toEqual([false, false, true]);
  });

  it('a client alone repairs', () => {
    expect(isRepairer(peer(5, true))).toBe(true);
  });
});
