// Compaction racing writers on every backend: merge the rows read, replace exactly them while
// other batches land on the same document; the rebuilt document must lose and duplicate nothing.
import { expect, it } from 'vitest';
import pg from 'pg';
import * as Y from 'yjs';
import type { Storage } from '@server/storage/types';
import { describeEachBackend } from './backends';
import { newId } from './records';

/** Real updates from two unsynced authors typing and deleting Chinese text (seeded, repeatable). */
function authorUpdates(count: number): Uint8Array[] {
  const updates: Uint8Array[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const authors = [new Y.Doc(), new Y.Doc()];
  for (const doc of authors) doc.on('update', (u: Uint8Array) => updates.push(u));
  const words = ['年鉴', '成都市', '2023年', '地区生产总值', '增长6.0%', '，', '。'];
  while (updates.length < count) {
    const text = authors[updates.length % 2].getText('default');
    if (text.length > 10 && random() < 0.2) {
      text.delete(Math.floor(random() * (text.length - 3)), 3);
    } else {
      text.insert(Math.floor(random() * (text.length + 1)), words[Math.floor(random() * words.length)]);
    }
  }
  return updates;
}

function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

async function compactOnce(storage: Storage, name: string): Promise<void> {
  const rows = await storage.docUpdates.read(name);
  if (rows.length < 2) return;
  const merged = Y.mergeUpdates(rows.map((r) => r.update));
  await storage.docUpdates.replace(name, rows.map((r) => r.id), merged);
}

async function appendInBatches(storage: Storage, name: string, updates: Uint8Array[], size: number): Promise<void> {
  for (let i = 0; i < updates.length; i += size) {
    await storage.docUpdates.appendBatch(updates.slice(i, i + size).map((update) => ({ docName: name, update })));
  }
}

function expectSameDoc(stored: Uint8Array[], all: Uint8Array[]): void {
  const rebuilt = docFrom(stored);
  const expected = docFrom(all);
  expect(expected.getText('default').length).toBeGreaterThan(50);
  expect(rebuilt.getText('default').toString()).toBe(expected.getText('default').toString());
  expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(expected));
  // Nothing waits for a missing dependency, i.e. no update was lost.
  expect(rebuilt.store.pendingStructs).toBeNull();
  expect(rebuilt.store.pendingDs).toBeNull();
}

describeEachBackend('storage: compaction during writes', (ctx) => {
  it('one compaction while writers append to the same document keeps every update', async () => {
    const name = `entry/${newId()}`;
    const updates = authorUpdates(400);
    await appendInBatches(ctx.storage, name, updates.slice(0, 200), 10);

    const rows = await ctx.storage.docUpdates.read(name);
    const merged = Y.mergeUpdates(rows.map((r) => r.update));
    const rest = updates.slice(200);
    // Three writers on other connections (PostgreSQL pool) race the compaction commit.
    const writers = [0, 1, 2].map((w) =>
      appendInBatches(ctx.storage, name, rest.filter((_, i) => i % 3 === w), 4),
    );
    await Promise.all([
      ...writers,
      ctx.storage.docUpdates.replace(name, rows.map((r) => r.id), merged),
    ]);

    const stored = await ctx.storage.docUpdates.read(name);
    expect(stored.length).toBe(1 + rest.length);
    expectSameDoc(stored.map((r) => r.update), updates);
  });

  it('repeated compactions racing writers keep every update', async () => {
    const name = `entry/${newId()}`;
    const updates = authorUpdates(300);
    // On PostgreSQL the compactor uses a second pool, as another server instance would. A SQLite
    // file is opened once per process (see storage/kysely/db.ts), so there it shares the handle.
    const other = ctx.dialect === 'postgres' ? await ctx.open() : ctx.storage;
    let writing = true;
    const writer = appendInBatches(ctx.storage, name, updates, 3).finally(() => {
      writing = false;
    });
    let compactions = 0;
    const compactor = (async () => {
      while (writing) {
        await compactOnce(other, name);
        compactions++;
      }
    })();
    await Promise.all([writer, compactor]);
    await compactOnce(other, name);

    expect(compactions).toBeGreaterThan(1);
    const stored = await ctx.storage.docUpdates.read(name);
    expect(stored).toHaveLength(1);
    expectSameDoc(stored.map((r) => r.update), updates);
  });

  it.runIf(ctx.dialect === 'postgres')(
    'keeps a row with a smaller id that commits after the compaction read',
    async () => {
      const name = `entry/${newId()}`;
      const updates = authorUpdates(30);
      await appendInBatches(ctx.storage, name, updates.slice(0, 10), 5);
      // Another instance's batch takes its id now but commits late.
      const late = new pg.Client({ connectionString: ctx.databaseUrl });
      await late.connect();
      try {
        await late.query('BEGIN');
        await late.query('INSERT INTO doc_updates (doc_name, data) VALUES ($1, $2)', [name, Buffer.from(updates[10])]);
        await appendInBatches(ctx.storage, name, updates.slice(11), 5);
        const rows = await ctx.storage.docUpdates.read(name);
        await late.query('COMMIT');
        await ctx.storage.docUpdates.replace(name, rows.map((r) => r.id), Y.mergeUpdates(rows.map((r) => r.update)));
      } finally {
        await late.end();
      }
      const stored = await ctx.storage.docUpdates.read(name);
      expect(stored).toHaveLength(2);
      expectSameDoc(stored.map((r) => r.update), updates);
    },
  );
});
