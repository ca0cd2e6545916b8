// Opening storage: the SQLite file and its modes, reopening with data intact, idempotent
// migrations, and the choice of backend by URL.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createStorage } from '@server/storage';
import { isPostgresUrl } from '@server/storage/kysely/db';
import { createTestDatabase } from '../helpers/postgres';
import { createTempDataDir, type TempDataDir } from '../helpers/tempSqlite';
import { describeEachBackend, hasPostgres } from './backends';
import { makeNode, makeUser, makeYearbook } from './records';

describe('storage: opening the SQLite file', () => {
  let temp: TempDataDir | undefined;
  afterEach(async () => {
    await temp?.remove();
  });

  it('creates the data directory and nianjian.db in WAL mode', async () => {
    temp = await createTempDataDir();
    const dataDir = join(temp.dir, 'nested', 'data');
    const storage = await createStorage({ dataDir });
    expect(storage.dialect).toBe('sqlite');
    expect(await storage.users.count()).toBe(0);
    await storage.close();

    const file = join(dataDir, 'nianjian.db');
    expect(existsSync(file)).toBe(true);
    const raw = new SqliteDatabase(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('refuses a database URL that is not PostgreSQL instead of silently using SQLite', async () => {
    temp = await createTempDataDir();
    await expect(createStorage({ databaseUrl: 'mysql://root:secret@h/db', dataDir: temp.dir })).rejects.toThrow(
      /postgres:\/\/ URL \(got mysql:\)/,
    );
    const storage = await createStorage({ databaseUrl: '', dataDir: temp.dir });
    expect(storage.dialect).toBe('sqlite');
    await storage.close();
  });

  it('chooses PostgreSQL only for a postgres URL', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h/db')).toBe(true);
    expect(isPostgresUrl(undefined)).toBe(false);
    expect(isPostgresUrl('')).toBe(false);
    expect(isPostgresUrl('./data/nianjian.db')).toBe(false);
  });
});

describeEachBackend('storage: reopening', (ctx) => {
  it('keeps every kind of data across close and reopen (migrations run again as a no-op)', async () => {
    const first = await ctx.open();
    const user = makeUser({ isAdmin: true });
    const yearbook = makeYearbook();
    const node = makeNode(yearbook.id, { kind: 'entry', plannedLength: 900 });
    const doc = new Y.Doc();
    doc.getText('default').insert(0, '2023年，全市地区生产总值增长6.0%。');
    const update = Y.encodeStateAsUpdate(doc);
    await first.users.create(user);
    await first.sessions.create({ id: `s-${user.id}`, userId: user.id, createdAt: user.createdAt, expiresAt: user.createdAt, revokedAt: null });
    await first.yearbooks.create(yearbook);
    await first.members.upsert({ yearbookId: yearbook.id, userId: user.id, role: 'editor' });
    await first.nodes.applyChange({ yearbookId: yearbook.id, upsert: [node], events: [(v) => `{"version":${v}}`] });
    await first.docUpdates.appendBatch([{ docName: `entry/${node.id}`, update }]);
    await first.close();

    const second = await ctx.open();
    expect(await second.users.findById(user.id)).toEqual(user);
    expect((await second.sessions.findById(`s-${user.id}`))?.userId).toBe(user.id);
    expect(await second.yearbooks.findById(yearbook.id)).toEqual({ ...yearbook, outlineVersion: 1 });
    expect(await second.members.find(yearbook.id, user.id)).toEqual({ yearbookId: yearbook.id, userId: user.id, role: 'editor' });
    expect(await second.nodes.findById(node.id)).toEqual(node);
    expect((await second.nodes.eventsSince(yearbook.id, 0, 10)).map((e) => e.payload)).toEqual(['{"version":1}']);
    const rows = await second.docUpdates.read(`entry/${node.id}`);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, rows[0].update);
    expect(rebuilt.getText('default').toString()).toBe('2023年，全市地区生产总值增长6.0%。');
    await second.close();
  });

  it('opens an already migrated database again and again', async () => {
    for (let i = 0; i < 2; i++) {
      const again = await ctx.open();
      expect(again.dialect).toBe(ctx.dialect);
      await again.users.count();
      await again.close();
    }
  });
});

describe.skipIf(!hasPostgres)('storage: PostgreSQL instances starting together', () => {
  it('several instances migrate one fresh database at the same time', async () => {
    const database = await createTestDatabase();
    try {
      const opened = await Promise.all([1, 2, 3].map(() => createStorage({ databaseUrl: database.url, dataDir: 'unused' })));
      await opened[0].users.create(makeUser());
      for (const s of opened) expect(await s.users.count()).toBe(1);
      await Promise.all(opened.map((s) => s.close()));
    } finally {
      await database.drop();
    }
  });
});
