// The Kysely database handle for both backends: table types, opening SQLite or PostgreSQL, and
// the few value conversions where the two dialects differ (booleans, bigints, blobs).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type Generated, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { withStatementCache } from './statementCache';
import { startWalCheckpointer } from './walCheckpointer';

/** Which backend a database handle talks to. */
export type Dialect = 'sqlite' | 'postgres';

/** File name of the embedded database inside the data directory. */
export const SQLITE_FILE_NAME = 'nianjian.db';

/** Timestamps are stored as ISO-8601 UTC text on both backends, so they round-trip unchanged. */
export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  /** 0/1 on SQLite, boolean on PostgreSQL: read through `readBool`. */
  is_admin: number | boolean;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface YearbooksTable {
  id: string;
  title: string;
  record_year: number;
  place_name: string;
  level: string;
  created_at: string;
  outline_version: number;
  glossary: string | null;
}

export interface MembersTable {
  yearbook_id: string;
  user_id: string;
  role: string;
}

export interface NodesTable {
  id: string;
  yearbook_id: string;
  parent_id: string | null;
  kind: string;
  title: string;
  position: number;
  planned_length: number | null;
  written_length: number;
  deleted_at: string | null;
  deleted_with: string | null;
}

export interface OutlineEventsTable {
  yearbook_id: string;
  version: number;
  payload: string;
  created_at: string;
}

export interface DocUpdatesTable {
  /** Generated; PostgreSQL returns its bigint as a string: read through `readInt`. */
  id: Generated<number | string>;
  doc_name: string;
  data: Uint8Array<ArrayBufferLike>;
}

/** The schema as Kysely sees it. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  yearbooks: YearbooksTable;
  members: MembersTable;
  nodes: NodesTable;
  outline_events: OutlineEventsTable;
  doc_updates: DocUpdatesTable;
}

/** An open database with its dialect, handed to every store. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /**
   * SQLite only: the connection under Kysely, for the update journal's synchronous inserts
   * (docUpdates.ts) without Kysely's promise round trips. Kysely's own queries and transactions
   * run on the same connection.
   */
  sqlite?: SqliteDatabase.Database;
  /** SQLite only: the database file (the update journal lives beside it). */
  file?: string;
  /** SQLite only: background work (WAL checkpoints, journal moves) runs on worker threads. */
  backgroundThreads?: boolean;
  /** Closes the connection(s) and whatever runs beside them. */
  close(): Promise<void>;
}

/** How the SQLite file is opened. */
export interface SqliteOptions {
  /**
   * Checkpoint the WAL (walCheckpointer.ts) and move the update journal into its table
   * (journalWorker.ts) on worker threads, instead of on the event loop. The server turns it on;
   * short-lived test databases need no threads.
   */
  backgroundThreads?: boolean;
}

/** True for a PostgreSQL connection URL. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens the SQLite file `<dataDir>/nianjian.db` (creating the directory) in WAL mode with
 * synchronous=NORMAL and foreign keys on. better-sqlite3 opens with DELETE/FULL: an fsync per
 * commit; WAL+NORMAL stays durable across a process crash (design.md "Sync pipeline").
 * Open a file once per process: better-sqlite3 waits for a lock synchronously, so two handles
 * in one process whose transactions interleave stall each other until the busy timeout.
 */
export function openSqlite(dataDir: string, options: SqliteOptions = {}): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SQLITE_FILE_NAME);
  const database = new SqliteDatabase(file, { timeout: 5000 });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const checkpointer = options.backgroundThreads ? startWalCheckpointer(file) : null;
  if (checkpointer) {
    database.pragma('wal_autocheckpoint = 0');
    // A WAL that grew during a burst is cut back to 64 MiB when it starts over.
    database.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  }
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return {
    kysely,
    dialect: 'sqlite',
    sqlite: database,
    file,
    backgroundThreads: options.backgroundThreads === true,
    async close() {
      await checkpointer?.close();
      // The last connection to close checkpoints what is left and removes the WAL.
      await kysely.destroy();
    },
  };
}

/** Opens a PostgreSQL pool for `url`. */
export function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection (server restart, admin kill) emits 'error' on the pool;
  // unhandled, that would crash the process. The pool replaces the client on the next query.
  pool.on('error', (error) => console.error('[storage] idle PostgreSQL connection failed:', error.message));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

/** The stored form of a boolean for this dialect (better-sqlite3 cannot bind booleans). */
export function writeBool(dialect: Dialect, value: boolean): number | boolean {
  return dialect === 'sqlite' ? (value ? 1 : 0) : value;
}

/** A stored boolean (0/1 or true/false) as a boolean. */
export function readBool(value: number | boolean): boolean {
  return value === true || value === 1;
}

/** A stored integer (PostgreSQL returns bigint and count/sum results as strings) as a number. */
export function readInt(value: number | string | bigint | null | undefined): number {
  return value == null ? 0 : Number(value);
}

/** Bytes to bind: both drivers take a Buffer; this wraps without copying. */
export function writeBytes(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Stored bytes (a Buffer from either driver) as a plain Uint8Array over the same memory. */
export function readBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
