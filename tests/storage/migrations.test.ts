// Migrations on an existing SQLite file: 0002 rebuilds doc_updates without AUTOINCREMENT and
// keeps every row and id.
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createStorage } from '@server/storage';
import type { Database } from '@server/storage/kysely/db';
import { buildMigrations } from '@server/storage/kysely/migrations';
import { createTempDataDir, type TempDataDir } from '../helpers/tempSqlite';

describe('storage: migration 0002 on SQLite', () => {
  let temp: TempDataDir | undefined;
  afterEach(async () => {
    await temp?.remove();
  });

  it('keeps every update row and id, and new rows follow the largest id', async () => {
    temp = await createTempDataDir();
    const file = join(temp.dir, 'nianjian.db');
    // A database as the first release left it: only 0001, with rows (one deleted in between).
    const old = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }) });
    const first = buildMigrations('sqlite')['0001_initial'];
    const migrator = new Migrator({ db: old, provider: { getMigrations: async () => ({ '0001_initial': first }) } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    for (const [doc, byte] of [['entry/a', 1], ['entry/b', 2], ['entry/a', 3], ['entry/a', 4]] as const) {
      await old.insertInto('doc_updates').values({ doc_name: doc, data: Buffer.from([byte]) }).execute();
    }
    await old.deleteFrom('doc_updates').where('id', '=', 3).execute();
    await old.destroy();

    const storage = await createStorage({ dataDir: temp.dir });
    expect((await storage.docUpdates.read('entry/a')).map((r) => [r.id, [...r.update]])).toEqual([
      [1, [1]],
      [4, [4]],
    ]);
    expect((await storage.docUpdates.read('entry/b')).map((r) => [r.id, [...r.update]])).toEqual([[2, [2]]]);
    await storage.docUpdates.appendBatch([{ docName: 'entry/b', update: new Uint8Array([5]) }]);
    expect((await storage.docUpdates.read('entry/b')).map((r) => r.id)).toEqual([2, 5]);
    await storage.close();

    const check = new SqliteDatabase(file, { readonly: true });
    const ddl = (check.prepare("SELECT sql FROM sqlite_master WHERE name = 'doc_updates'").get() as { sql: string }).sql;
    expect(ddl).not.toMatch(/AUTOINCREMENT/i);
    const indexes = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'doc_updates'").all();
    expect(indexes).toEqual([{ name: 'doc_updates_doc_name_id' }]);
    check.close();
  });
});
