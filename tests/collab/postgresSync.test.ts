// The sync pipeline on PostgreSQL: concurrent writers converge while compaction runs under them
// (ids are not commit order there), and the stored log rebuilds exactly the served text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraph, connectProvider, textOf, typeInFirstParagraph, waitFor, waitSynced } from '../helpers/collabClient';
import { createTestDatabase, probePostgres, type TestDatabase } from '../helpers/postgres';
import { type CollabHarness, startCollabHarness } from './collabHarness';

const hasPostgres = await probePostgres('collab on PostgreSQL');

describe.skipIf(!hasPostgres)('collab on PostgreSQL', () => {
  let db: TestDatabase;
  let h: CollabHarness;
  beforeAll(async () => {
    db = await createTestDatabase();
    h = await startCollabHarness({ databaseUrl: db.url, persistence: { compactRows: 10, compactDelayMs: 30 } });
  });
  afterAll(async () => {
    await h?.stop();
    await db?.drop();
  });

  it('converges and stays complete while compaction runs during typing', async () => {
    const entryId = await h.addEntry();
    const a = await h.addUser('甲', 'editor');
    const b = await h.addUser('乙', 'editor');
    const pa = connectProvider({ origin: h.origin, entryId, cookie: a.cookie });
    const pb = connectProvider({ origin: h.origin, entryId, cookie: b.cookie });
    await Promise.all([waitSynced(pa), waitSynced(pb)]);
    appendParagraph(pa.doc, '');
    await waitFor(() => pb.doc.getXmlFragment('default').length === 1, 'B has the paragraph');
    for (let i = 0; i < 80; i++) {
      typeInFirstParagraph(i % 2 ? pa.doc : pb.doc, i, i % 2 ? '甲' : '乙');
      if (i % 5 === 0) await new Promise((r) => setTimeout(r, 15));
    }
    await waitFor(() => textOf(pa.doc) === textOf(pb.doc) && [...textOf(pa.doc)].length === 80, 'converged');
    await h.persistence.flush();
    await waitFor(async () => (await h.persistence.readEntryText(entryId)).text === textOf(pa.doc), 'committed');
    const rows = await h.storage.docUpdates.read('entry/' + entryId);
    expect(rows.length).toBeLessThan(80); // compacted at least once
    const fresh = new Y.Doc();
    for (const r of rows) Y.applyUpdate(fresh, r.update);
    expect(textOf(fresh)).toBe(textOf(pa.doc));
    pa.destroy();
    pb.destroy();
  });
});
