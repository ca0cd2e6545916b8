// The SQLite handle's runtime choices: WAL checkpoints on a worker thread (never inside a commit
// on the event loop), reused prepared statements, and the relay path's append beside Kysely.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createStorage } from '@server/storage';
import { openSqlite } from '@server/storage/kysely/db';
import { createDocUpdateStore } from '@server/storage/kysely/docUpdates';
import { migrateToLatest } from '@server/storage/kysely/migrations';
import { withStatementCache } from '@server/storage/kysely/statementCache';
import { startWalCheckpointer } from '@server/storage/kysely/walCheckpointer';
import { createTempDataDir, type TempDataDir } from '../helpers/tempSqlite';

async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('SQLite: WAL checkpoints on a worker thread', () => {
  let temp: TempDataDir | undefined;
  afterEach(async () => {
    await temp?.remove();
  });

  it('moves committed rows into the database file without a checkpoint on the writer', async () => {
    temp = await createTempDataDir();
    const storage = await createStorage({ dataDir: temp.dir, sqliteBackgroundThreads: true });
    const file = join(temp.dir, 'nianjian.db');
    const before = statSync(file).size;
    // ~1.2 MB in 300 commits: about 300 WAL pages, under SQLite's own 1,000-page auto-checkpoint,
    // so only the worker can have copied them into the database file.
    const row = new Uint8Array(4000).fill(7);
    for (let i = 0; i < 300; i++) await storage.docUpdates.appendBatch([{ docName: 'entry/w', update: row }]);
    await waitFor(() => statSync(file).size > before + 1_000_000, 'the checkpoint to reach nianjian.db');
    expect((await storage.docUpdates.stats('entry/w')).rows).toBe(300);
    await storage.close();

    const check = new SqliteDatabase(file, { readonly: true });
    expect((check.prepare('SELECT count(*) AS n FROM doc_updates').get() as { n: number }).n).toBe(300);
    check.close();
  });

  it('makes the WAL start over while writers never pause', async () => {
    temp = await createTempDataDir();
    const file = join(temp.dir, 'w.db');
    const db = new SqliteDatabase(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)');
    const checkpointer = startWalCheckpointer(file, { intervalMs: 20, restartFrames: 100 });
    const insert = db.prepare('INSERT INTO t (data) VALUES (?)');
    await new Promise((r) => setTimeout(r, 500)); // the worker loads better-sqlite3 first
    const row = new Uint8Array(4000).fill(1);
    // 3,000 one-page commits (12 MB of WAL if it never started over), a short pause every 50
    // so that the worker gets turns even on a busy machine.
    for (let i = 0; i < 3000; i++) {
      insert.run(row);
      if (i % 50 === 49) await new Promise((r) => setTimeout(r, 10));
    }
    const walBytes = statSync(`${file}-wal`).size;
    await checkpointer.close();
    db.close();
    expect(walBytes).toBeLessThan(6_000_000);
  });

  it('without the worker, the writer keeps SQLite\'s own auto-checkpoint', async () => {
    temp = await createTempDataDir();
    const storage = await createStorage({ dataDir: temp.dir });
    const file = join(temp.dir, 'nianjian.db');
    const before = statSync(file).size;
    // ~1,200 pages in 300 commits, past SQLite's 1,000-page auto-checkpoint: the writer itself
    // copies them into the database file, before any close (wal_autocheckpoint is per connection,
    // so only the file shows what the storage's own connection does).
    const row = new Uint8Array(16_000).fill(3);
    for (let i = 0; i < 300; i++) await storage.docUpdates.appendBatch([{ docName: 'entry/a', update: row }]);
    await storage.docUpdates.read('entry/a'); // moves the journaled appends into the table now
    expect(statSync(file).size).toBeGreaterThan(before + 1_000_000);
    await storage.close();
  });
});

describe('SQLite: statement cache', () => {
  it('prepares a statement text once and evicts the least recently used beyond capacity', () => {
    const db = new SqliteDatabase(':memory:');
    let prepared = 0;
    const counting = new Proxy(db, {
      get(target, key) {
        if (key === 'prepare') return (sql: string) => (prepared++, target.prepare(sql));
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const cached = withStatementCache(counting, 2);
    const a = cached.prepare('SELECT 1');
    expect(cached.prepare('SELECT 1')).toBe(a);
    cached.prepare('SELECT 2');
    cached.prepare('SELECT 1'); // bumps SELECT 1
    cached.prepare('SELECT 3'); // evicts SELECT 2
    expect(prepared).toBe(3);
    cached.prepare('SELECT 2'); // prepared again, evicts SELECT 1
    expect(prepared).toBe(4);
    cached.prepare('SELECT 3'); // still cached
    expect(prepared).toBe(4);
    expect((a.all([]) as Array<Record<string, number>>)[0]).toEqual({ 1: 1 });
    cached.close();
  });
});

describe('SQLite: appends on the relay path', () => {
  let temp: TempDataDir | undefined;
  afterEach(async () => {
    await temp?.remove();
  });

  it('never joins a Kysely transaction that is open on the connection', async () => {
    temp = await createTempDataDir();
    const db = openSqlite(temp.dir);
    await migrateToLatest(db.kysely, db.dialect);
    const store = createDocUpdateStore(db);
    let appended: Promise<void> | undefined;
    const transaction = db.kysely.transaction().execute(async (trx) => {
      await trx.insertInto('doc_updates').values({ doc_name: 'entry/t', data: Buffer.from([1]) }).execute();
      // The event loop turns while the transaction is open, and a relayed edit is committed.
      await new Promise((r) => setTimeout(r, 20));
      appended = store.appendBatch([{ docName: 'entry/d', update: new Uint8Array([2]) }]);
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('roll back');
    });
    await expect(transaction).rejects.toThrow('roll back');
    await appended;
    // The edit survived the other transaction's rollback; the rolled-back row is gone.
    expect((await store.read('entry/d')).map((r) => [...r.update])).toEqual([[2]]);
    expect(await store.read('entry/t')).toEqual([]);
    await store.close();
    await db.close();
  });
});
