// Two stock y-websocket clients editing one entry converge through the server, and what they
// converged on is what storage holds (a fresh load and the REST reader agree).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraph, connectProvider, type TestProvider, textOf, typeInFirstParagraph, waitFor, waitSynced } from '../helpers/collabClient';
import { type CollabHarness, startCollabHarness } from './collabHarness';

describe('collab: two writers converge', () => {
  let h: CollabHarness;
  const clients: TestProvider[] = [];
  beforeEach(async () => {
    h = await startCollabHarness();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await h.stop();
  });

  it('relays edits both ways and stores them', async () => {
    const entryId = await h.addEntry();
    const a = await h.addUser('甲', 'editor');
    const b = await h.addUser('乙', 'contributor');
    const ca = connectProvider({ origin: h.origin, entryId, cookie: a.cookie, schema: 1 });
    const cb = connectProvider({ origin: h.origin, entryId, cookie: b.cookie });
    clients.push(ca, cb);
    await Promise.all([waitSynced(ca), waitSynced(cb)]);

    appendParagraph(ca.doc, '成都市2023年地区生产总值');
    await waitFor(() => textOf(cb.doc) === '成都市2023年地区生产总值', 'B sees A');
    typeInFirstParagraph(cb.doc, 0, '【概况】');
    typeInFirstParagraph(ca.doc, 100, '增长6%。');
    await waitFor(() => textOf(ca.doc) === textOf(cb.doc) && textOf(ca.doc).includes('增长6%') && textOf(ca.doc).includes('【概况】'), 'convergence');

    const expected = textOf(ca.doc);
    expect(await h.persistence.readEntryText(entryId)).toMatchObject({ text: expected, length: [...expected].length });
    // A fresh document built from the stored rows alone says the same.
    const rows = await h.storage.docUpdates.read('entry/' + entryId);
    const fresh = new Y.Doc();
    for (const r of rows) Y.applyUpdate(fresh, r.update);
    expect(textOf(fresh)).toBe(expected);
    // The debounced written length reached the node.
    await waitFor(async () => (await h.storage.nodes.findById(entryId))?.writtenLength === [...expected].length, 'written length');
  });

  it('a client joining later gets the committed state', async () => {
    const entryId = await h.addEntry();
    const a = await h.addUser('甲', 'editor');
    const ca = connectProvider({ origin: h.origin, entryId, cookie: a.cookie });
    clients.push(ca);
    await waitSynced(ca);
    appendParagraph(ca.doc, '第一段');
    await waitFor(async () => (await h.persistence.readEntryText(entryId)).text === '第一段', 'stored');
    const cc = connectProvider({ origin: h.origin, entryId, cookie: a.cookie });
    clients.push(cc);
    await waitSynced(cc);
    await waitFor(() => textOf(cc.doc) === '第一段', 'late joiner sees content');
  });

  it('unloads a document after its last socket leaves, flushing first, and reloads it from storage', async () => {
    const entryId = await h.addEntry();
    const a = await h.addUser('甲', 'editor');
    const loads: string[] = [];
    const unloads: string[] = [];
    const load = h.persistence.load.bind(h.persistence);
    const unload = h.persistence.unload.bind(h.persistence);
    // Real persistence, observed by replacing two methods on the instance.
    h.persistence.load = (name) => (loads.push(name), load(name));
    h.persistence.unload = (name, doc) => (unloads.push(name), unload(name, doc));
    const ca = connectProvider({ origin: h.origin, entryId, cookie: a.cookie });
    await waitSynced(ca);
    for (let i = 0; i < 20; i++) typeInFirstParagraph(ca.doc, i, '字');
    ca.destroy();
    await waitFor(() => unloads.includes('entry/' + entryId), 'unloaded', 5000);
    expect(loads).toEqual(['entry/' + entryId]);
    expect((await h.persistence.readEntryText(entryId)).text).toBe('字'.repeat(20));
    const cb = connectProvider({ origin: h.origin, entryId, cookie: a.cookie });
    clients.push(cb);
    await waitSynced(cb);
    await waitFor(() => textOf(cb.doc) === '字'.repeat(20), 'reloaded content');
    expect(loads).toEqual(['entry/' + entryId, 'entry/' + entryId]);
  });
});
