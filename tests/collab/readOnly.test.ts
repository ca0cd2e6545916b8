// A reviewer's socket stays open for reading and awareness, but any Yjs update it sends is
// dropped before the document sees it: never stored, never relayed; the client is told once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraph, connectProvider, connectRaw, frameKind, rawFrames, textOf, typeInFirstParagraph, waitFor, waitSynced } from '../helpers/collabClient';
import { type CollabHarness, startCollabHarness } from './collabHarness';

describe('collab: read-only sockets', () => {
  let h: CollabHarness;
  beforeEach(async () => {
    h = await startCollabHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("a reviewer's crafted updates are never stored or relayed, and it is told once", async () => {
    const entryId = await h.addEntry();
    const writer = await h.addUser('编辑', 'editor');
    const reviewer = await h.addUser('审稿人', 'reviewer');
    const w = connectProvider({ origin: h.origin, entryId, cookie: writer.cookie });
    await waitSynced(w);
    appendParagraph(w.doc, '原文');
    await waitFor(async () => (await h.persistence.readEntryText(entryId)).text === '原文', 'stored');
    const rowsBefore = (await h.storage.docUpdates.read('entry/' + entryId)).length;

    const raw = connectRaw({ origin: h.origin, path: `entry/${entryId}`, cookie: reviewer.cookie });
    await raw.opened;
    // It reads: sync step 1 gets the committed content in step 2.
    const mine = new Y.Doc();
    raw.send(rawFrames.syncStep1(mine));
    await waitFor(() => raw.frames.some((f) => frameKind(f).join() === '0,1'), 'sync step 2');
    // Its answer to the server's sync step 1 carries nothing new: dropped without a refusal.
    expect(raw.frames.some((f) => frameKind(f).join() === '0,0')).toBe(true);
    raw.send(rawFrames.update(Y.encodeStateAsUpdate(mine), 1));

    // Crafted edits as update (type 2) and as sync step 2 (type 1).
    const forged = new Y.Doc();
    appendParagraph(forged, '篡改');
    const update = Y.encodeStateAsUpdate(forged);
    raw.send(rawFrames.update(update, 2));
    raw.send(rawFrames.update(update, 1));
    raw.send(rawFrames.update(update, 2));
    await waitFor(() => raw.frames.some((f) => frameKind(f)[0] === 2), 'permission denied');
    await new Promise((r) => setTimeout(r, 300));
    expect(raw.frames.filter((f) => frameKind(f)[0] === 2)).toHaveLength(1);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);

    expect((await h.storage.docUpdates.read('entry/' + entryId)).length).toBe(rowsBefore);
    expect(textOf(w.doc)).toBe('原文');
    expect((await h.persistence.readEntryText(entryId)).text).toBe('原文');

    // Still a reader: the writer's next edit reaches it.
    const seen = raw.frames.length;
    appendParagraph(w.doc, '新段');
    await waitFor(() => raw.frames.slice(seen).some((f) => frameKind(f).join() === '0,2'), 'relayed update');
    raw.ws.close();
    w.destroy();
  });

  it('a stock provider as reviewer syncs content and gets permission denied for local edits', async () => {
    const entryId = await h.addEntry();
    const writer = await h.addUser('编辑', 'editor');
    const reviewer = await h.addUser('审稿人', 'inspector');
    const w = connectProvider({ origin: h.origin, entryId, cookie: writer.cookie });
    await waitSynced(w);
    appendParagraph(w.doc, '正文草稿');
    typeInFirstParagraph(w.doc, 0, '');
    ((w.doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(2, 2);
    await waitFor(async () => (await h.persistence.readEntryText(entryId)).text === '正文', 'stored');
    // A reader's routine sync answer (with its whole delete set) is no edit: no refusal, and a
    // reconnect with the same copy (as from the offline cache) is none either.
    const copy = new Y.Doc();
    const first = connectProvider({ origin: h.origin, entryId, cookie: reviewer.cookie, doc: copy });
    await waitSynced(first);
    await waitFor(() => textOf(copy) === '正文', 'reviewer reads');
    first.provider.destroy();
    const r = connectProvider({ origin: h.origin, entryId, cookie: reviewer.cookie, doc: copy });
    await waitSynced(r);
    await new Promise((res) => setTimeout(res, 200));
    expect(first.denied).toEqual([]);
    expect(r.denied).toEqual([]);
    appendParagraph(r.doc, '审稿人乱改');
    await waitFor(() => r.denied.length === 1, 'denied');
    await new Promise((res) => setTimeout(res, 200));
    expect(textOf(w.doc)).toBe('正文');
    expect((await h.persistence.readEntryText(entryId)).text).toBe('正文');
    r.destroy();
    w.destroy();
  });

  it('a membership change downgrades a writer to read-only, upgrades it back, or closes it', async () => {
    const entryId = await h.addEntry();
    const user = await h.addUser('编辑', 'editor');
    const p = connectProvider({ origin: h.origin, entryId, cookie: user.cookie });
    await waitSynced(p);
    appendParagraph(p.doc, '一');
    await waitFor(async () => (await h.persistence.readEntryText(entryId)).text === '一', 'stored');

    await h.storage.members.upsert({ yearbookId: h.yearbookId, userId: user.userId, role: 'reviewer' });
    h.events.emit('membership-changed', { yearbookId: h.yearbookId, userId: user.userId, role: 'reviewer' });
    await waitFor(() => h.collab.connections.find((c) => c.auth.userId === user.userId).every((c) => !c.canWrite), 'downgraded');
    appendParagraph(p.doc, '二');
    await waitFor(() => p.denied.length === 1, 'denied after downgrade');
    expect((await h.persistence.readEntryText(entryId)).text).toBe('一');

    // Back to a writer: the server asks again and the refused edit arrives.
    await h.storage.members.upsert({ yearbookId: h.yearbookId, userId: user.userId, role: 'editor' });
    h.events.emit('membership-changed', { yearbookId: h.yearbookId, userId: user.userId, role: 'editor' });
    await waitFor(async () => (await h.persistence.readEntryText(entryId)).text === '一\n二', 'resent after upgrade');

    await h.storage.members.remove(h.yearbookId, user.userId);
    h.events.emit('membership-changed', { yearbookId: h.yearbookId, userId: user.userId, role: null });
    await waitFor(() => p.closeCodes.includes(4403), 'closed 4403');
    p.destroy();
  });
});
