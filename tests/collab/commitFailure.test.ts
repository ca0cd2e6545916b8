// Durable before relay: when a commit fails the document is evicted and its sockets close with
// STORAGE_FAILED; nobody saw the unstored edit, and the clients resend it on reconnect. Runs over
// both commit paths: the per-tick batch (appendBatch) and SQLite's synchronous journal (appendNow).
import { CLOSE_CODES } from '@shared/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocUpdateStore, Storage } from '@server/storage/types';
import { appendParagraph, connectProvider, textOf, waitFor, waitSynced } from '../helpers/collabClient';
import { type CollabHarness, startCollabHarness } from './collabHarness';

type Updates = Array<{ docName: string; update: Uint8Array }>;

/**
 * A real wrapper around the real store whose commits can be made to fail. With `sync` it offers
 * the inner store's appendNow (when there is one), so the collab core takes the synchronous path;
 * without, it has no appendNow and the core batches through appendBatch.
 */
class FlakyDocUpdates implements DocUpdateStore {
  failing = false;
  /** Failed appendBatch calls. */
  failures = 0;
  /** Failed appendNow calls. */
  nowFailures = 0;
  readonly appendNow?: (updates: Updates) => void;
  constructor(
    private readonly inner: DocUpdateStore,
    sync: boolean,
  ) {
    const innerNow = inner.appendNow?.bind(inner);
    if (sync && innerNow) {
      this.appendNow = (updates) => {
        if (this.failing) {
          this.nowFailures++;
          throw new Error('disk full (injected)');
        }
        innerNow(updates);
      };
    }
  }
  async appendBatch(updates: Updates): Promise<void> {
    if (this.failing) {
      this.failures++;
      throw new Error('disk full (injected)');
    }
    return this.inner.appendBatch(updates);
  }
  read(docName: string) {
    return this.inner.read(docName);
  }
  stats(docName: string) {
    return this.inner.stats(docName);
  }
  replace(docName: string, ids: number[], merged: Uint8Array) {
    return this.inner.replace(docName, ids, merged);
  }
}

describe.each([{ sync: true }, { sync: false }])('collab: a failed commit (sync: $sync)', ({ sync }) => {
  let h: CollabHarness;
  let flaky: FlakyDocUpdates;
  beforeEach(async () => {
    h = await startCollabHarness({
      wrapStorage: (storage: Storage) => {
        flaky = new FlakyDocUpdates(storage.docUpdates, sync);
        return { nodes: storage.nodes, docUpdates: flaky };
      },
    });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('evicts the doc, closes its sockets with 4500, and the edit is resent on reconnect', async () => {
    // The harness's SQLite store has appendNow: the sync run must really take that path.
    expect(h.persistence.commitNow !== null).toBe(sync);
    const entryId = await h.addEntry();
    const a = await h.addUser('甲', 'editor');
    const b = await h.addUser('乙', 'editor');
    const pa = connectProvider({ origin: h.origin, entryId, cookie: a.cookie });
    const pb = connectProvider({ origin: h.origin, entryId, cookie: b.cookie });
    await Promise.all([waitSynced(pa), waitSynced(pb)]);
    appendParagraph(pa.doc, '已保存');
    await waitFor(() => textOf(pb.doc) === '已保存', 'B sees the first edit');

    let bTextAtClose: string | null = null;
    pb.provider.on('connection-close', () => {
      bTextAtClose ??= textOf(pb.doc);
    });
    flaky.failing = true;
    appendParagraph(pa.doc, '未保存');
    await waitFor(() => pa.closeCodes.includes(CLOSE_CODES.STORAGE_FAILED) && pb.closeCodes.includes(CLOSE_CODES.STORAGE_FAILED), 'both closed 4500');
    // The failure came from the path under test, and only from it.
    if (sync) {
      expect(flaky.nowFailures).toBeGreaterThan(0);
      expect(flaky.failures).toBe(0);
    } else {
      expect(flaky.failures).toBeGreaterThan(0);
      expect(flaky.nowFailures).toBe(0);
    }
    // Nothing unstored was relayed.
    expect(bTextAtClose).toBe('已保存');
    expect((await h.persistence.readEntryText(entryId)).text).toBe('已保存');

    // Storage recovers: the stock clients reconnect by themselves and A resends its edit.
    flaky.failing = false;
    await waitFor(async () => (await h.persistence.readEntryText(entryId)).text === '已保存\n未保存', 'resent and stored', 15_000);
    await waitFor(() => textOf(pb.doc) === '已保存\n未保存', 'B converges');
    pa.destroy();
    pb.destroy();
  });
});

describe('collab: socket lifecycle', () => {
  let h: CollabHarness;
  beforeEach(async () => {
    h = await startCollabHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it('session-revoked closes that session with 4401 and entries-deleted closes with 4404', async () => {
    const entryId = await h.addEntry();
    const otherEntry = await h.addEntry();
    const a = await h.addUser('甲', 'editor');
    const b = await h.addUser('乙', 'editor');
    const pa = connectProvider({ origin: h.origin, entryId, cookie: a.cookie });
    const pb = connectProvider({ origin: h.origin, entryId, cookie: b.cookie });
    const pc = connectProvider({ origin: h.origin, entryId: otherEntry, cookie: b.cookie });
    await Promise.all([waitSynced(pa), waitSynced(pb), waitSynced(pc)]);

    await h.storage.sessions.revoke(a.sessionId, new Date().toISOString());
    h.events.emit('session-revoked', { sessionId: a.sessionId, userId: a.userId });
    await waitFor(() => pa.closeCodes.includes(CLOSE_CODES.UNAUTHORIZED), 'A closed 4401');
    await new Promise((r) => setTimeout(r, 300));
    expect(pa.provider.shouldConnect).toBe(false); // the stock client stops retrying on 44xx
    expect(pb.closeCodes).toEqual([]);

    h.events.emit('entries-deleted', { yearbookId: h.yearbookId, entryIds: [entryId] });
    await waitFor(() => pb.closeCodes.includes(CLOSE_CODES.NOT_FOUND), 'B closed 4404');
    expect(pc.closeCodes).toEqual([]);
    expect(h.collab.connections.size).toBe(1);
    for (const p of [pa, pb, pc]) p.destroy();
  });
});
