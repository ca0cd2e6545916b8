// DocPersistence over a real SQLite store: one appendBatch per tick across documents, a failed
// batch rejects all of its updates, compaction merges exactly the rows read (one document per
// event-loop turn when many come due together), and the written length reaches the node and the
// callback.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocPersistence } from '@server/services/docPersistence';
import { createStorage } from '@server/storage';
import type { DocUpdateStore, Storage } from '@server/storage/types';
import { appendParagraph, textOf, waitFor } from '../helpers/collabClient';
import { createTempDataDir, type TempDataDir } from '../helpers/tempSqlite';

function edit(doc: Y.Doc, text: string): Uint8Array {
  const sv = Y.encodeStateVector(doc);
  appendParagraph(doc, text);
  return Y.encodeStateAsUpdate(doc, sv);
}

describe('DocPersistence', () => {
  let dir: TempDataDir;
  let storage: Storage;
  let calls: Array<Array<{ docName: string }>>;
  let failNext: boolean;
  let docUpdates: DocUpdateStore;
  beforeEach(async () => {
    dir = await createTempDataDir();
    storage = await createStorage({ dataDir: dir.dir });
    calls = [];
    failNext = false;
    const inner = storage.docUpdates;
    docUpdates = {
      appendBatch: async (updates) => {
        calls.push(updates);
        if (failNext) throw new Error('injected');
        return inner.appendBatch(updates);
      },
      read: (n) => inner.read(n),
      stats: (n) => inner.stats(n),
      replace: (n, ids, merged) => inner.replace(n, ids, merged),
    };
  });
  afterEach(async () => {
    await storage.close();
    await dir.remove();
  });

  it('commits everything of one tick in one batch, and a failed batch rejects all of it', async () => {
    const p = new DocPersistence({ storage: { docUpdates, nodes: storage.nodes }, onLengthChanged: () => {} });
    const a = new Y.Doc();
    const b = new Y.Doc();
    await Promise.all([p.commit('entry/a', edit(a, '一')), p.commit('entry/b', edit(b, '二')), p.commit('entry/a', edit(a, '三'))]);
    expect(calls).toHaveLength(1);
    expect(calls[0].map((u) => u.docName)).toEqual(['entry/a', 'entry/b', 'entry/a']);

    failNext = true;
    const results = await Promise.allSettled([p.commit('entry/a', edit(a, '四')), p.commit('entry/b', edit(b, '五'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(textOf(await p.load('entry/a'))).toBe('一\n三');
    await p.flush();
  });

  it('compacts after N rows, keeping rows committed meanwhile, and the content is unchanged', async () => {
    const p = new DocPersistence({ storage: { docUpdates, nodes: storage.nodes }, onLengthChanged: () => {}, compactRows: 5, compactDelayMs: 20 });
    const doc = new Y.Doc();
    for (let i = 0; i < 6; i++) await p.commit('entry/c', edit(doc, `第${i}段`));
    // Merged once the threshold was crossed; a row committed after the read stays beside it.
    await waitFor(async () => (await storage.docUpdates.stats('entry/c')).rows <= 2, 'compacted');
    await p.commit('entry/c', edit(doc, '之后'));
    const loaded = await p.load('entry/c');
    expect(textOf(loaded)).toBe(textOf(doc));
    // Same Yjs ids: the original client's later edits still apply without duplication.
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(doc));
    expect(textOf(loaded)).toBe(textOf(doc));
    await p.flush();
  });

  it('runs compactions that come due together one per event-loop turn, so relays go between them', async () => {
    // A counter that moves once per turn of the event loop, read when each compaction commits.
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const turns: number[] = [];
    const replacing: DocUpdateStore = { ...docUpdates, replace: (n, ids, merged) => (turns.push(turn), docUpdates.replace(n, ids, merged)) };
    const p = new DocPersistence({ storage: { docUpdates: replacing, nodes: storage.nodes }, onLengthChanged: () => {}, compactRows: 3, compactDelayMs: 5 });
    const docs = Array.from({ length: 12 }, () => new Y.Doc());
    for (let i = 0; i < 3; i++) await Promise.all(docs.map((doc, d) => p.commit(`entry/d${d}`, edit(doc, `${d}-${i}`))));
    await waitFor(() => turns.length === docs.length, 'all compacted');
    ticking = false;
    expect(new Set(turns).size).toBe(docs.length);
    for (const [d, doc] of docs.entries()) expect(textOf(await p.load(`entry/d${d}`))).toBe(textOf(doc));
    await p.flush();
  });

  it('updates the written length (code points) of the entry and calls back once per change', async () => {
    const yearbookId = randomUUID();
    await storage.yearbooks.create({ id: yearbookId, title: 't', recordYear: 2023, placeName: 'p', level: 'county', createdAt: new Date().toISOString(), outlineVersion: 0, glossary: null });
    const entryId = 'e' + randomUUID().slice(0, 8);
    await storage.nodes.applyChange({
      yearbookId,
      upsert: [{ id: entryId, yearbookId, parentId: null, kind: 'entry', title: 't', position: 0, plannedLength: null, writtenLength: 0, deletedAt: null, deletedWith: null }],
      events: [],
    });
    const seen: Array<[string, number]> = [];
    const p = new DocPersistence({ storage: { docUpdates, nodes: storage.nodes }, lengthDelayMs: 20, onLengthChanged: (id, n) => void seen.push([id, n]) });
    const doc = new Y.Doc();
    await p.commit('entry/' + entryId, edit(doc, '𠀀字ab'));
    await p.commit('entry/' + entryId, edit(doc, '二'));
    await waitFor(() => seen.length === 1, 'callback');
    expect(seen).toEqual([[entryId, 5]]);
    expect(await p.readEntryText(entryId)).toMatchObject({ text: '𠀀字ab\n二', length: 5 });
  });
});
