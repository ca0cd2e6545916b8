// A bounded fuzz of malformed, mutated and oversized frames from a writer: each bad frame closes
// that connection (4400, or 1009 over the size limit), the process keeps serving, and the stored
// document stays loadable and equal to what the server holds.
import { CLOSE_CODES, MAX_FRAME_BYTES } from '@shared/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraph, connectProvider, connectRaw, rawFrames, textOf, typeInFirstParagraph, waitFor, waitSynced } from '../helpers/collabClient';
import { type CollabHarness, startCollabHarness } from './collabHarness';

/** A small seeded PRNG (mulberry32) so a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('collab: malformed frames', () => {
  let h: CollabHarness;
  let entryId: string;
  let cookie: string;
  beforeAll(async () => {
    h = await startCollabHarness();
    entryId = await h.addEntry();
    cookie = (await h.addUser('编辑', 'editor')).cookie;
  });
  afterAll(async () => {
    await h.stop();
  });

  it('survives a bounded fuzz and keeps the document loadable', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20231125);
    const rand = prng(seed);
    const int = (n: number) => Math.floor(rand() * n);
    const writer = connectProvider({ origin: h.origin, entryId, cookie });
    await waitSynced(writer);
    appendParagraph(writer.doc, '正常内容');

    // A valid update to mutate: a real edit on a copy of the writer's doc.
    const base = new Y.Doc();
    Y.applyUpdate(base, Y.encodeStateAsUpdate(writer.doc));
    const sv = Y.encodeStateVector(base);
    typeInFirstParagraph(base, 2, '插入的字');
    const validUpdate = Y.encodeStateAsUpdate(base, sv);

    const makers: Array<() => Uint8Array | string> = [
      () => Uint8Array.from({ length: 1 + int(64) }, () => int(256)), // random bytes
      () => Uint8Array.of(0, int(8), ...Array.from({ length: int(40) }, () => int(256))), // sync with junk
      () => Uint8Array.of(1, ...Array.from({ length: int(40) }, () => int(256))), // awareness with junk
      () => Uint8Array.of(9 + int(100)), // unknown type
      () => {
        const u = validUpdate.slice();
        for (let i = 0; i < 1 + int(4); i++) u[int(u.length)] = int(256);
        return rawFrames.update(u, (1 + int(2)) as 1 | 2); // mutated update
      },
      () => rawFrames.update(validUpdate.slice(0, int(validUpdate.length)), 2), // truncated update
      () => 'text frame',
      () => Uint8Array.of(1, 5, 1, 1, 1, 1, 0x7b), // awareness with broken JSON
    ];

    const codes = new Map<number, number>();
    for (let i = 0; i < 60; i++) {
      const raw = connectRaw({ origin: h.origin, path: `entry/${entryId}`, cookie });
      await raw.opened;
      raw.send(makers[int(makers.length)]() as Uint8Array);
      const code = await Promise.race([raw.closed, new Promise<number>((r) => setTimeout(() => r(-1), 150))]);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (code === -1) raw.ws.close();
    }
    // One frame above the limit: ws closes with 1009 before the server reads it.
    const big = connectRaw({ origin: h.origin, path: `entry/${entryId}`, cookie });
    await big.opened;
    big.send(new Uint8Array(MAX_FRAME_BYTES + 1));
    expect(await big.closed).toBe(1009);

    expect(codes.get(CLOSE_CODES.BAD_MESSAGE) ?? 0).toBeGreaterThan(20);
    expect([...codes.keys()].every((c) => c === CLOSE_CODES.BAD_MESSAGE || c === -1)).toBe(true);

    // Still serving: the writer's connection was never touched, and edits still flow.
    typeInFirstParagraph(writer.doc, 0, '后来');
    const late = connectProvider({ origin: h.origin, entryId, cookie });
    await waitSynced(late);
    await waitFor(() => textOf(late.doc) === textOf(writer.doc) && textOf(late.doc).includes('后来'), 'still converging');
    expect(writer.closeCodes).toEqual([]);

    // Every stored row applies on its own, and the rows rebuild exactly the served text.
    const rows = await h.storage.docUpdates.read('entry/' + entryId);
    const fresh = new Y.Doc();
    for (const r of rows) expect(() => Y.applyUpdate(fresh, r.update)).not.toThrow();
    expect(textOf(fresh)).toBe(textOf(writer.doc));
    late.destroy();
    writer.destroy();
  });
});
