// Compaction on the journal worker (SQLite in the server): the merge and the replace run on the
// worker's connection while the relay's thread keeps appending to the same document through the
// journal; nothing may be lost or stored twice, and the log's size it reports must be the truth.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createStorage } from '@server/storage';
import type { Storage } from '@server/storage/types';
import { newId } from './records';

/** Real updates of one author typing Chinese text, each its own row. */
function typing(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const text = doc.getText('default');
  for (let i = 0; i < count; i++) text.insert(text.length, '年鉴成都市'[i % 5]);
  return updates;
}

function textOf(rows: { update: Uint8Array }[]): string {
  const doc = new Y.Doc();
  for (const r of rows) Y.applyUpdate(doc, r.update);
  expect(doc.store.pendingStructs).toBeNull();
  return doc.getText('default').toString();
}

describe('storage: compaction on the journal worker', () => {
  const dirs: string[] = [];
  const opened: Storage[] = [];

  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function open(backgroundThreads: boolean): Promise<Storage> {
    const dir = mkdtempSync(join(tmpdir(), 'nianjian-worker-compaction-'));
    dirs.push(dir);
    const storage = await createStorage({ dataDir: dir, sqliteBackgroundThreads: backgroundThreads });
    opened.push(storage);
    return storage;
  }

  it('is offered only where the store has a worker', async () => {
    expect((await open(false)).docUpdates.compact).toBeUndefined();
    expect((await open(true)).docUpdates.compact).toBeTypeOf('function');
  });

  it('merges every update appended before it while appends go on, and loses or repeats none', async () => {
    const storage = await open(true);
    const store = storage.docUpdates;
    const name = `entry/${newId()}`;
    const updates = typing(600);
    const append = (from: number, to: number) => {
      for (let i = from; i < to; i++) store.appendNow!([{ docName: name, update: updates[i] }]);
    };
    append(0, 400);
    expect((await store.stats(name)).rows).toBe(400); // stats waits for the moves

    // Appends keep coming, one per event-loop turn, while the worker compacts.
    let next = 400;
    const writer = (async () => {
      while (next < 600) {
        append(next, next + 1);
        next++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const after = await store.compact!(name);
    await writer;

    const rows = await store.read(name);
    expect(after.rows).toBeLessThan(rows.length); // rows appended after the call are not in the merge
    expect(textOf(rows)).toBe(textOf(updates.map((update) => ({ update }))));
    expect(rows.length).toBeLessThan(300);
    // Compacted again once everything is moved: one row, and the size it reports is the stored one.
    await store.stats(name);
    const final = await store.compact!(name);
    expect(final).toEqual(await store.stats(name));
    expect(final.rows).toBe(1);
    expect(textOf(await store.read(name))).toBe('年鉴成都市'.repeat(120));
  });

  it('leaves other documents and a document of one row alone', async () => {
    const store = (await open(true)).docUpdates;
    const [a, b] = [`entry/${newId()}`, `entry/${newId()}`];
    const [ua, ub] = [typing(5), typing(1)];
    store.appendNow!(ua.map((update) => ({ docName: a, update })));
    store.appendNow!(ub.map((update) => ({ docName: b, update })));
    expect(await store.compact!(b)).toEqual({ rows: 1, bytes: ub[0].length });
    expect((await store.read(b)).map((r) => r.update)).toEqual(ub);
    expect((await store.stats(a)).rows).toBe(5);
  });
});
