// SQLite only: the append-only file that makes a relayed edit durable. An INSERT with its WAL
// commit took 100–140 µs on the relay path of every batch on this machine's idle event loop; one
// write() to this file took 4–40 µs in paced loops and survives `kill -9` the same way (the page cache holds
// it, as it holds SQLite's own WAL under synchronous=NORMAL). journalMover.ts moves the records
// into the table in batches, off the relay path.
//
// Each open database handle writes its own files, `<db>-updates-<process>-<handle>-<segment>`
// (processIdentity.ts): a second process (or handle) on the same data directory never touches the
// first one's. A segment is emptied once its records are in the table, and reused; the mover asks
// for the next one, which seals the file being written. At open, the files of processes that are
// gone are read back, and those of this process that no handle here has open.
//
// A record: u32 body length, u32 CRC-32 of the body, then the body: u16 name length, the
// document name (UTF-8), the update. Every write ends with an end mark (eight zero bytes), which
// the next write overwrites; a segment is emptied by an end mark at its start. Overwriting a
// reused file in place costs less than truncating it and writing it again, and what lies past the
// end mark is never read. Reading stops at the end mark, or at the first record that is short or
// fails its checksum: a torn tail after a power loss, never a record that was confirmed.
import { closeSync, ftruncateSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { isProcessRunning, ownProcessIdentity } from './processIdentity';

/** One update as it waits in the journal. */
export interface JournalRecord {
  docName: string;
  update: Uint8Array;
}

/** A journal file and the records in it. */
export interface JournalSegment {
  file: string;
  records: JournalRecord[];
}

/** The journal of one open database handle. */
export interface UpdateJournal {
  /** Appends the records in one write. Throws when the write fails; then nothing of it stays. */
  append(records: readonly JournalRecord[]): void;
  /**
   * The oldest segment whose records are not yet stored elsewhere, or null. When none is waiting,
   * the file being written is closed as a segment and appends go on in a new one, so a segment
   * handed out never grows.
   */
  nextToMove(): JournalSegment | null;
  /** The segment's records are stored elsewhere: empty its file (a leftover's is deleted). */
  moved(segment: JournalSegment): void;
  /** Journals left by handles that are gone, to be stored and then passed to `moved`. */
  readonly leftovers: readonly JournalSegment[];
  /** Closes the handle's files; deletes those that hold nothing still to be moved. */
  close(): void;
}

const HEADER_BYTES = 8;
/** Where the records of a file end: a header of zero length (a record's body is never empty). */
const END_MARK = new Uint8Array(HEADER_BYTES);
/** A segment that grew past this (a burst of large updates) is truncated when emptied, not kept. */
const KEEP_BYTES = 1 << 20;
/** Paths of the journal files open in this process. */
const openHere = new Set<string>();
let handles = 0;

/** Opens a journal for a handle on `dbFile` and reads back the files no live handle writes. */
export function openUpdateJournal(dbFile: string): UpdateJournal {
  const owner = ownProcessIdentity();
  const base = `${dbFile}-updates-${owner}-${++handles}`;
  const leftovers = findLeftovers(dbFile, owner);
  let sequence = 0;
  // One segment at most waits to be moved, and one moved segment, emptied, waits to be reused:
  // overwriting a file costs less than creating one.
  let waiting: OpenSegment | null = null;
  let spare: OpenSegment | null = null;
  let active = openSegment();
  let closed = false;

  function openSegment(): OpenSegment {
    const reused = spare;
    spare = null;
    if (reused) return reused;
    for (;;) {
      const file = `${base}-${++sequence}`;
      try {
        // 'wx': a file of this name (an earlier process with our pid) is a leftover; keep it.
        const fd = openSync(file, 'wx');
        openHere.add(file);
        return { file, fd, size: 0, records: [] };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  return {
    leftovers,
    append(records) {
      if (closed) throw new Error(`${base}: the journal is closed`);
      const bytes = encodeRecords(records, true);
      let written = 0;
      try {
        written = writeSync(active.fd, bytes, 0, bytes.length, active.size);
        if (written !== bytes.length) throw new Error(`short write to ${active.file} (${written} of ${bytes.length} bytes)`);
      } catch (error) {
        // A partial record must not stay in front of the next one.
        if (written > 0) endAt(active, active.size);
        throw error;
      }
      active.size += bytes.length - END_MARK.length;
      for (const record of records) active.records.push(record);
    },
    nextToMove() {
      if (closed) return null;
      if (!waiting && active.records.length > 0) {
        // Opened first: if that fails, appends go on into the segment being written.
        const next = openSegment();
        waiting = active;
        active = next;
      }
      return waiting;
    },
    moved(segment) {
      const index = leftovers.indexOf(segment);
      if (index >= 0) {
        leftovers.splice(index, 1);
        unlinkSync(segment.file);
        return;
      }
      if (segment !== waiting || closed) return;
      endAt(waiting, 0); // if this throws, the segment keeps waiting and is moved again
      waiting.size = 0;
      waiting.records = [];
      spare = waiting;
      waiting = null;
    },
    close() {
      if (closed) return;
      closed = true;
      for (const segment of [active, waiting, spare]) {
        if (!segment) continue;
        closeSync(segment.fd);
        openHere.delete(segment.file);
        // What is not moved stays on disk, a leftover for the next handle.
        if (segment.records.length === 0) unlinkSync(segment.file);
      }
    },
  };
}

interface OpenSegment extends JournalSegment {
  fd: number;
  /** Where the next record goes (the offset of the end mark). */
  size: number;
}

/** Ends the segment's records at `offset`: an end mark there, or the file cut there if it grew large. */
function endAt(segment: OpenSegment, offset: number): void {
  if (segment.size > KEEP_BYTES) ftruncateSync(segment.fd, offset);
  else if (writeSync(segment.fd, END_MARK, 0, END_MARK.length, offset) !== END_MARK.length) {
    throw new Error(`short write to ${segment.file}`);
  }
}

/**
 * The journal files beside `dbFile` that no live handle writes. Their order does not matter
 * (segments are reused, and Yjs applies updates in any order), nor does a record stored twice (a
 * crash between a move's commit and the emptying of its segment).
 */
function findLeftovers(dbFile: string, own: string): JournalSegment[] {
  const prefix = `${basename(dbFile)}-updates-`;
  const dir = dirname(dbFile);
  const found: JournalSegment[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const writer = name.slice(prefix.length).split('-')[0];
    const path = join(dir, name);
    if (openHere.has(path)) continue;
    if (writer !== own && isProcessRunning(writer)) continue;
    const { records, torn } = decodeRecords(readFileSync(path));
    if (torn) console.warn(`[storage] ${path} ends in a torn record (written while the machine went down); it is ignored`);
    found.push({ file: path, records });
  }
  return found;
}

/** Each document name's encoded form (u16 length + UTF-8), kept: names repeat with every edit. */
const namePrefixes = new Map<string, Uint8Array>();

function namePrefix(docName: string): Uint8Array {
  let prefix = namePrefixes.get(docName);
  if (prefix === undefined) {
    const name = Buffer.from(docName, 'utf8');
    if (name.length > 0xffff) throw new RangeError(`document name too long for the journal (${name.length} bytes)`);
    prefix = Buffer.allocUnsafe(2 + name.length);
    prefix[0] = name.length & 0xff;
    prefix[1] = name.length >> 8;
    prefix.set(name, 2);
    if (namePrefixes.size >= 10_000) namePrefixes.clear();
    namePrefixes.set(docName, prefix);
  }
  return prefix;
}

/** The records in their file format, in one buffer, followed by an end mark if asked. */
export function encodeRecords(records: readonly JournalRecord[], endMark = false): Buffer {
  const prefixes = records.map((r) => namePrefix(r.docName));
  let total = endMark ? END_MARK.length : 0;
  for (let i = 0; i < records.length; i++) total += HEADER_BYTES + prefixes[i].length + records[i].update.length;
  const out = Buffer.allocUnsafe(total);
  if (endMark) out.fill(0, total - END_MARK.length);
  let at = 0;
  for (let i = 0; i < records.length; i++) {
    const bodyStart = at + HEADER_BYTES;
    out.set(prefixes[i], bodyStart);
    out.set(records[i].update, bodyStart + prefixes[i].length);
    const bodyEnd = bodyStart + prefixes[i].length + records[i].update.length;
    out.writeUInt32LE(bodyEnd - bodyStart, at);
    out.writeUInt32LE(crc32(out.subarray(bodyStart, bodyEnd)), at + 4);
    at = bodyEnd;
  }
  return out;
}

/** The records of a journal file, up to the first torn or corrupt one. */
export function decodeRecords(bytes: Buffer): { records: JournalRecord[]; torn: boolean } {
  const records: JournalRecord[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + HEADER_BYTES > bytes.length) return { records, torn: true };
    const length = bytes.readUInt32LE(at);
    if (length === 0 && bytes.readUInt32LE(at + 4) === 0) break; // the end mark
    const bodyStart = at + HEADER_BYTES;
    const bodyEnd = bodyStart + length;
    if (length < 2 || bodyEnd > bytes.length) return { records, torn: true };
    const body = bytes.subarray(bodyStart, bodyEnd);
    if (crc32(body) !== bytes.readUInt32LE(at + 4)) return { records, torn: true };
    const nameLength = body.readUInt16LE(0);
    if (2 + nameLength > body.length) return { records, torn: true };
    records.push({
      docName: body.toString('utf8', 2, 2 + nameLength),
      // A copy: the file's buffer is dropped once read.
      update: new Uint8Array(body.subarray(2 + nameLength)),
    });
    at = bodyEnd;
  }
  return { records, torn: false };
}
