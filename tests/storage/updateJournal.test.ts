// The SQLite update journal, the commit of the sync pipeline: its record format, the recovery of
// journals left by dead processes (and not of live ones), the move through the worker thread, a
// refused append, and an append that returned surviving `kill -9` of its process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorage, type Storage } from '@server/storage';
import { decodeRecords, encodeRecords, type JournalRecord, openUpdateJournal } from '@server/storage/kysely/updateJournal';
import { createTempDataDir, type TempDataDir } from '../helpers/tempSqlite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bytes = (...values: number[]) => new Uint8Array(values);
const journalFiles = (dir: string) => readdirSync(dir).filter((name) => name.includes('-updates-')).sort();
const updatesOf = async (storage: Storage, docName: string) => (await storage.docUpdates.read(docName)).map((r) => [...r.update]);

/** The pid of a child process that has exited (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  expect(child.status).toBe(0);
  expect(() => process.kill(child.pid!, 0)).toThrow();
  return child.pid!;
}

/** A database that exists, with no journal beside it. */
async function createDatabase(dir: string): Promise<void> {
  await (await createStorage({ dataDir: dir })).close();
  expect(journalFiles(dir)).toEqual([]);
}

const RECORDS: JournalRecord[] = [
  { docName: 'entry/年鉴·概况', update: bytes(1, 2, 3) },
  { docName: 'entry/b', update: new Uint8Array(0) },
  { docName: 'entry/c', update: new Uint8Array(300).fill(9) },
];

describe('update journal: record format', () => {
  it('decodes what it encodes, a Chinese name and an empty update included', () => {
    expect(decodeRecords(encodeRecords(RECORDS))).toEqual({ records: RECORDS, torn: false });
    expect(decodeRecords(encodeRecords([]))).toEqual({ records: [], torn: false });
  });

  it('stops at a truncated or corrupt record and keeps the ones before it', () => {
    const all = encodeRecords(RECORDS);
    const second = encodeRecords(RECORDS.slice(0, 1)).length; // where record 2 starts
    expect(decodeRecords(all.subarray(0, all.length - 5))).toEqual({ records: RECORDS.slice(0, 2), torn: true });
    expect(decodeRecords(all.subarray(0, second + 3))).toEqual({ records: RECORDS.slice(0, 1), torn: true });
    // One byte of record 2's name flipped: its checksum fails, and the intact record 3 after it
    // is not read either.
    const flipped = Buffer.from(all);
    flipped[second + 8 + 2] ^= 0x01;
    expect(decodeRecords(flipped)).toEqual({ records: RECORDS.slice(0, 1), torn: true });
  });

  it('stops at the end mark, whatever lies past it', () => {
    const marked = encodeRecords(RECORDS.slice(0, 1), true);
    expect(decodeRecords(marked)).toEqual({ records: RECORDS.slice(0, 1), torn: false });
    // A reused file: a new record and its end mark over the start of older records.
    const reused = Buffer.from(encodeRecords(RECORDS));
    reused.set(marked, 0);
    expect(decodeRecords(reused)).toEqual({ records: RECORDS.slice(0, 1), torn: false });
  });
});

describe('update journal: segments', () => {
  let temp: TempDataDir | undefined;
  afterEach(async () => {
    await temp?.remove();
  });

  it('an emptied segment, written again, holds only its new records', async () => {
    temp = await createTempDataDir();
    const journal = openUpdateJournal(join(temp.dir, 'j.db'));
    journal.append(RECORDS);
    const first = journal.nextToMove()!;
    expect(decodeRecords(readFileSync(first.file)).records).toEqual(RECORDS);
    journal.moved(first);
    expect(decodeRecords(readFileSync(first.file))).toEqual({ records: [], torn: false });

    // Appends went on in a second file; sealing it reuses the first, whose old bytes stay on disk.
    const late = { docName: 'entry/late', update: bytes(4, 2) };
    journal.append([RECORDS[1]]);
    const second = journal.nextToMove()!;
    expect(second.file).not.toBe(first.file);
    journal.append([late]);
    expect(statSync(first.file).size).toBeGreaterThan(encodeRecords([late], true).length);
    expect(decodeRecords(readFileSync(first.file))).toEqual({ records: [late], torn: false });
    expect(decodeRecords(readFileSync(second.file)).records).toEqual([RECORDS[1]]);
    journal.close();
  });
});

describe('update journal: recovery at open', () => {
  let temp: TempDataDir | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await temp?.remove();
  });

  it("stores a dead process's journal and deletes it", async () => {
    temp = await createTempDataDir();
    await createDatabase(temp.dir);
    const pid = deadPid();
    writeFileSync(join(temp.dir, `nianjian.db-updates-${pid}-1-1`), encodeRecords(RECORDS));
    writeFileSync(join(temp.dir, `nianjian.db-updates-${pid}-1-2`), encodeRecords([{ docName: 'entry/b', update: bytes(7) }]));
    vi.spyOn(console, 'info').mockImplementation(() => {});

    const storage = await createStorage({ dataDir: temp.dir });
    expect(await updatesOf(storage, 'entry/年鉴·概况')).toEqual([[1, 2, 3]]);
    expect(await updatesOf(storage, 'entry/b')).toEqual([[], [7]]);
    expect(await updatesOf(storage, 'entry/c')).toEqual([Array(300).fill(9)]);
    expect(journalFiles(temp.dir).filter((name) => name.includes(`-${pid}-`))).toEqual([]);
    await storage.close();
  });

  it('recovers the complete records before a torn tail, and starts', async () => {
    temp = await createTempDataDir();
    await createDatabase(temp.dir);
    const file = join(temp.dir, `nianjian.db-updates-${deadPid()}-1-1`);
    const tail = encodeRecords([{ docName: 'entry/torn', update: bytes(5, 5, 5, 5) }]);
    writeFileSync(file, Buffer.concat([encodeRecords(RECORDS.slice(0, 2)), tail.subarray(0, tail.length - 2)]));
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    const storage = await createStorage({ dataDir: temp.dir });
    expect(await updatesOf(storage, 'entry/年鉴·概况')).toEqual([[1, 2, 3]]);
    expect(await updatesOf(storage, 'entry/b')).toEqual([[]]);
    expect(await updatesOf(storage, 'entry/torn')).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('torn'));
    expect(journalFiles(temp.dir)).not.toContain(file.slice(temp.dir.length + 1));
    await storage.close();
  });

  it("leaves a live process's journal alone", async () => {
    temp = await createTempDataDir();
    await createDatabase(temp.dir);
    expect(() => process.kill(process.ppid, 0)).not.toThrow(); // the parent is alive
    const file = join(temp.dir, `nianjian.db-updates-${process.ppid}-1-1`);
    const content = encodeRecords(RECORDS);
    writeFileSync(file, content);

    const storage = await createStorage({ dataDir: temp.dir, sqliteBackgroundThreads: true });
    for (const { docName } of RECORDS) expect(await storage.docUpdates.read(docName)).toEqual([]);
    expect(readFileSync(file).equals(content)).toBe(true);
    await storage.close();
    expect(readFileSync(file).equals(content)).toBe(true);
  });

  it.runIf(existsSync('/proc/self/stat'))('stores the journal of a pid now held by another process (a start time that differs)', async () => {
    temp = await createTempDataDir();
    await createDatabase(temp.dir);
    // The parent runs, but it is not the process that wrote this file: that one started at tick 1.
    const file = join(temp.dir, `nianjian.db-updates-${process.ppid}.1-1-1`);
    writeFileSync(file, encodeRecords(RECORDS));
    vi.spyOn(console, 'info').mockImplementation(() => {});

    const storage = await createStorage({ dataDir: temp.dir });
    expect(await updatesOf(storage, 'entry/b')).toEqual([[]]);
    expect(existsSync(file)).toBe(false);
    await storage.close();
  });
});

describe('update journal: appends on the worker thread', () => {
  let temp: TempDataDir | undefined;
  afterEach(async () => {
    await temp?.remove();
  });

  it('reads what was appended, keeps it across a clean close and leaves no journal file', async () => {
    temp = await createTempDataDir();
    let storage = await createStorage({ dataDir: temp.dir, sqliteBackgroundThreads: true });
    await storage.docUpdates.appendBatch([{ docName: 'entry/first', update: bytes(1) }, { docName: 'entry/first', update: bytes(2) }]);
    expect(await updatesOf(storage, 'entry/first')).toEqual([[1], [2]]);

    // 40 rounds over 5 documents, with pauses past the move delay: several segments are sealed,
    // moved, emptied and reused, and the close moves the rest.
    for (let round = 0; round < 40; round++) {
      await storage.docUpdates.appendBatch(Array.from({ length: 5 }, (_, doc) => ({ docName: `entry/${doc}`, update: bytes(round, doc) })));
      if (round % 10 === 9) await new Promise((r) => setTimeout(r, 80));
    }
    await storage.close();
    expect(journalFiles(temp.dir)).toEqual([]);

    storage = await createStorage({ dataDir: temp.dir });
    expect(await updatesOf(storage, 'entry/first')).toEqual([[1], [2]]);
    for (let doc = 0; doc < 5; doc++) {
      expect(await updatesOf(storage, `entry/${doc}`)).toEqual(Array.from({ length: 40 }, (_, round) => [round, doc]));
    }
    await storage.close();
  });

  it('refuses a bad record without storing any of its batch, and goes on', async () => {
    temp = await createTempDataDir();
    const storage = await createStorage({ dataDir: temp.dir, sqliteBackgroundThreads: true });
    const good = { docName: 'entry/a', update: bytes(1) };
    const bad = [
      { docName: 42 as unknown as string, update: bytes(2) },
      { docName: 'entry/a', update: [2, 3] as unknown as Uint8Array },
      { docName: '', update: bytes(2) },
      { docName: `entry/${'x'.repeat(70_000)}`, update: bytes(2) }, // longer than the u16 name length
    ];
    for (const record of bad) await expect(storage.docUpdates.appendBatch([good, record])).rejects.toThrow();
    // Nothing reached the journal either, so nothing would come back after a crash.
    expect(journalFiles(temp.dir).map((name) => statSync(join(temp!.dir, name)).size)).toEqual([0]);
    expect(await storage.docUpdates.read('entry/a')).toEqual([]);

    // A later append is moved by the timer, with no reader asking for it.
    await storage.docUpdates.appendBatch([good]);
    const check = new SqliteDatabase(join(temp.dir, 'nianjian.db'), { readonly: true });
    const count = () => (check.prepare("SELECT count(*) AS n FROM doc_updates WHERE doc_name = 'entry/a'").get() as { n: number }).n;
    await expect.poll(count).toBe(1);
    check.close();
    expect(await updatesOf(storage, 'entry/a')).toEqual([[1]]);
    await storage.close();
  });
});

/** Runs the ES module `file` under tsx in a child process; resolves when it has exited. */
function runChild(file: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    // A file, not `--input-type=module -e`: worker threads inherit that flag, and the storage's
    // workers are CommonJS source evaluated with `eval: true`.
    const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ stdout, stderr, signal }));
  });
}

const CRASHING_WRITER = `
import { writeSync } from 'node:fs';
const { createStorage } = await import(process.env.STORAGE_URL);
const storage = await createStorage({ dataDir: process.env.DATA_DIR, sqliteBackgroundThreads: true });
for (let i = 0; i < 30; i++) await storage.docUpdates.appendBatch([{ docName: 'entry/moved', update: new Uint8Array([i]) }]);
await storage.docUpdates.read('entry/moved'); // these are in the table, their segment emptied
const n = Number(process.env.N);
// Only microtasks from here to the kill: the 50 ms move timer cannot fire.
for (let i = 0; i < n; i++) {
  await storage.docUpdates.appendBatch([{ docName: i % 2 ? 'entry/odd' : 'entry/even', update: new Uint8Array([i & 255, i >> 8]) }]);
}
writeSync(1, 'appended ' + process.pid + '\\n');
process.kill(process.pid, 'SIGKILL');
`;

describe('update journal: crash durability', () => {
  let temp: TempDataDir | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await temp?.remove();
  });

  it('keeps every append that returned when its process is killed before the move', async () => {
    temp = await createTempDataDir();
    const n = 400;
    const script = join(temp.dir, 'crashingWriter.mjs');
    writeFileSync(script, CRASHING_WRITER);
    const child = await runChild(script, {
      STORAGE_URL: pathToFileURL(join(ROOT, 'server/storage/index.ts')).href,
      DATA_DIR: temp.dir,
      N: String(n),
    });
    expect(child.stderr).toBe('');
    expect(child.signal).toBe('SIGKILL');
    const pid = Number(/^appended (\d+)$/m.exec(child.stdout)?.[1]);
    // The unmoved appends are in the journal, and only there.
    const ofChild = (name: string) => new RegExp(`-updates-${pid}[.-]`).test(name); // <pid>.<start time> on Linux
    const left = journalFiles(temp.dir).filter(ofChild);
    const pending = left.flatMap((name) => decodeRecords(readFileSync(join(temp!.dir, name))).records);
    expect(pending).toHaveLength(n);

    vi.spyOn(console, 'info').mockImplementation(() => {});
    const storage = await createStorage({ dataDir: temp.dir });
    const expected = (parity: number) => Array.from({ length: n }, (_, i) => i).filter((i) => i % 2 === parity).map((i) => [i & 255, i >> 8]);
    expect(await updatesOf(storage, 'entry/even')).toEqual(expected(0));
    expect(await updatesOf(storage, 'entry/odd')).toEqual(expected(1));
    // The moved ones once each: their emptied segment brought nothing back twice.
    expect(await updatesOf(storage, 'entry/moved')).toEqual(Array.from({ length: 30 }, (_, i) => [i]));
    expect(journalFiles(temp.dir).filter(ofChild)).toEqual([]);
    await storage.close();
  });
});
