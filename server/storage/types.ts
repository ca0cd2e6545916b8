// The storage interface under the domain services: plain records in, plain records out, no
// domain rules. Implemented by storage/kysely/ for SQLite (default) and PostgreSQL.
import type { Level, NodeKind, Role } from '@shared/domain/roles';

/** Timestamps are ISO-8601 strings in UTC; ids are opaque strings (random, URL-safe). */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  isAdmin: boolean;
  createdAt: string;
}

export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface YearbookRecord {
  id: string;
  title: string;
  recordYear: number;
  placeName: string;
  level: Level;
  createdAt: string;
  /** Per-yearbook outline version, bumped by every outline change. */
  outlineVersion: number;
  /** The glossary JSON (checker context), or null when none was set. */
  glossary: string | null;
}

export interface MemberRecord {
  yearbookId: string;
  userId: string;
  role: Role;
}

export interface NodeRecord {
  id: string;
  yearbookId: string;
  parentId: string | null;
  kind: NodeKind;
  title: string;
  position: number;
  plannedLength: number | null;
  writtenLength: number;
  /** Set when the node (or an ancestor, deleted together with it) is in the recycle bin. */
  deletedAt: string | null;
  /** The id of the node whose deletion put this one in the bin (itself, or a deleted ancestor). */
  deletedWith: string | null;
}

/** One logged outline change, kept so a reconnecting event stream catches up. */
export interface OutlineEventRecord {
  yearbookId: string;
  version: number;
  /** JSON of an `OutlineEvent` from shared/domain/types. */
  payload: string;
  createdAt: string;
}

/** One row of a document's append-only update log. */
export interface DocUpdateRecord {
  id: number;
  docName: string;
  update: Uint8Array;
}

export interface UserStore {
  create(user: UserRecord): Promise<void>;
  findById(id: string): Promise<UserRecord | undefined>;
  findByUsername(username: string): Promise<UserRecord | undefined>;
  list(): Promise<UserRecord[]>;
  count(): Promise<number>;
}

export interface SessionStore {
  create(session: SessionRecord): Promise<void>;
  findById(id: string): Promise<SessionRecord | undefined>;
  revoke(id: string, at: string): Promise<void>;
  /** Revokes every live session of a user; returns the revoked ids. */
  revokeAllForUser(userId: string, at: string): Promise<string[]>;
}

export interface YearbookStore {
  create(yearbook: YearbookRecord): Promise<void>;
  findById(id: string): Promise<YearbookRecord | undefined>;
  list(): Promise<YearbookRecord[]>;
  /** Yearbooks where the user is a member. */
  listForUser(userId: string): Promise<YearbookRecord[]>;
  setGlossary(id: string, glossary: string): Promise<void>;
}

export interface MemberStore {
  list(yearbookId: string): Promise<MemberRecord[]>;
  find(yearbookId: string, userId: string): Promise<MemberRecord | undefined>;
  /** Inserts or replaces the member's role. */
  upsert(member: MemberRecord): Promise<void>;
  /** Returns false when there was no such member. */
  remove(yearbookId: string, userId: string): Promise<boolean>;
}

/** A change to apply to the outline in one transaction, with the event it logs. */
export interface OutlineChange {
  yearbookId: string;
  /** Nodes to insert or overwrite whole (all fields). */
  upsert?: NodeRecord[];
  /** Written lengths to store (after `upsert`); nodes not in the yearbook are left alone. */
  writtenLengths?: Array<{ nodeId: string; writtenLength: number }>;
  /** Events to log; each gets the next version of the yearbook, in order. */
  events: Array<(version: number) => string>;
}

export interface NodeStore {
  findById(id: string): Promise<NodeRecord | undefined>;
  /** Every node of a yearbook, including those in the recycle bin. */
  listByYearbook(yearbookId: string): Promise<NodeRecord[]>;
  /**
   * Applies an outline change atomically: writes the nodes, bumps the yearbook's outline version
   * once per event and logs the events. Returns the versions given to the events.
   */
  applyChange(change: OutlineChange): Promise<number[]>;
  /** Sets the written length of an entry (no event; the caller emits one if it wants). */
  setWrittenLength(nodeId: string, length: number): Promise<void>;
  /** Logged events with version > `afterVersion`, oldest first (at most `limit`). */
  eventsSince(yearbookId: string, afterVersion: number, limit: number): Promise<OutlineEventRecord[]>;
}

export interface DocUpdateStore {
  /**
   * Appends updates (possibly to several documents) in ONE commit: on PostgreSQL one transaction,
   * on SQLite one write to the update journal (a crash in the middle of that write may keep the
   * records written whole: each update stands alone). This is the commit of the sync pipeline's
   * per-tick batch; `read` and `stats` see every update appended before them.
   */
  appendBatch(updates: Array<{ docName: string; update: Uint8Array }>): Promise<void>;
  /**
   * Where the store commits synchronously (SQLite's update journal): `appendBatch` that is
   * durable before it returns, and throws when it cannot store the updates.
   */
  appendNow?(updates: Array<{ docName: string; update: Uint8Array }>): void;
  /** Every stored row of a document, in id order. */
  read(docName: string): Promise<DocUpdateRecord[]>;
  /** Row count and total bytes of a document's log (to decide on compaction). */
  stats(docName: string): Promise<{ rows: number; bytes: number }>;
  /**
   * Compaction commit: in one short transaction insert `merged` and delete exactly `ids`
   * (never a range: on PostgreSQL id order is not commit order).
   */
  replace(docName: string, ids: number[], merged: Uint8Array): Promise<void>;
  /**
   * Where the store has a thread of its own (SQLite in the server): the whole compaction there,
   * merge included, so the event loop that relays edits spends nothing on it. Merges the rows it
   * reads (every update appended before the call among them) and replaces exactly those, like
   * `read` + `replace`; resolves with the log's size after.
   */
  compact?(docName: string): Promise<{ rows: number; bytes: number }>;
}

/** Everything the services need from storage. */
export interface Storage {
  users: UserStore;
  sessions: SessionStore;
  yearbooks: YearbookStore;
  members: MemberStore;
  nodes: NodeStore;
  docUpdates: DocUpdateStore;
  /** Which backend this is (for logs and docs). */
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}
