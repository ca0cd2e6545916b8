// The typed hooks the collab core calls: who is connecting, what they may do, and where the
// committed document lives. Implementations are chosen in main.ts (style.md habit 6).
import type * as Y from 'yjs';

/** The signed-in user behind a socket, from the upgrade request's session cookie. */
export interface CollabAuth {
  userId: string;
  sessionId: string;
  /** The name shown to other editors (awareness `user.name` is forced to it). */
  displayName: string;
}

/** A user's right on one entry; 'missing' means no such live entry. */
export type EntryAccess = 'write' | 'read' | 'none' | 'missing';

/** Who may connect, checked at the upgrade and again when sessions or memberships change. */
export interface CollabAuthHooks {
  /** Session from the upgrade request's Cookie header; null when none/expired/revoked. */
  authenticate(cookieHeader: string | undefined): Promise<CollabAuth | null>;
  /** The user's right on an entry. */
  authorize(userId: string, entryId: string): Promise<EntryAccess>;
  /** The Origin check shared with HTTP mutations. */
  isOriginAllowed(origin: string | undefined, host: string | undefined): boolean;
}

/**
 * Durable storage of documents (services/docPersistence.ts implements it). `commit` resolves only
 * once the update is stored; the core applies and relays an update after that, never before.
 */
export interface CollabPersistenceHooks {
  /** The committed state of a document, loaded from storage; tracked as open until `unload`. */
  load(docName: string): Promise<Y.Doc>;
  /** Stores an update durably (batched with the others of the same tick). */
  commit(docName: string, update: Uint8Array): Promise<void>;
  /**
   * Stores an update durably before returning, or throws; null where storage cannot commit
   * synchronously (PostgreSQL). When present the core uses it instead of `commit`.
   */
  readonly commitNow: ((docName: string, update: Uint8Array) => void) | null;
  /** Drops the document's queued, not yet started commits (they reject). */
  discard(docName: string): void;
  /** The document left memory; `doc` is the instance `load` returned. */
  unload(docName: string, doc: Y.Doc): void;
  /** Waits for every started commit and runs pending debounced work now. */
  flush(): Promise<void>;
}
