// One socket on one entry document: its signed-in user, read-only or writable, the frames it sends
// dispatched through a table by type, and how it closes. Read-only is enforced here, before any
// update reaches the document (style.md habit 7; ueberdosis/hocuspocus MessageReceiver.ts).
import { CLOSE_CODES, MAX_AWARENESS_STATE_BYTES } from '@shared/protocol';
import type { CollabAuth } from './hooks';
import {
  type AwarenessEntry,
  encodePermissionDenied,
  encodeSyncStep1,
  type IncomingMessage,
  MalformedMessageError,
  readMessage,
} from './messages';
import type { DocPeer, SharedDoc } from './SharedDoc';

/** The transport under a connection (a `ws` socket behind Hono's WSContext). */
export interface CollabSocket {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  /** True while frames can still be sent. */
  readonly isOpen: boolean;
  /** Bytes queued for sending and not yet written to the network. */
  readonly bufferedAmount: number;
}

/** A peer this far behind is closed (1013, it reconnects) rather than buffered without end. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/** What the server tells a read-only client once when it tries to edit. */
export const READ_ONLY_REASON = 'read-only: this user may not edit this entry';

/** Frames a client may send before its document has loaded. */
const MAX_QUEUED_FRAMES = 256;

type Handlers = { [K in IncomingMessage['kind']]: (msg: Extract<IncomingMessage, { kind: K }>) => void };

/** One client connection on one document. */
export class CollabConnection implements DocPeer {
  readonly auth: CollabAuth;
  readonly entryId: string;
  readonly docName: string;
  private access: 'read' | 'write';
  private doc: SharedDoc | null = null;
  private readonly queue: Uint8Array[] = [];
  private readonly socket: CollabSocket;
  private deniedSent = false;
  private closed = false;
  private readonly closeListeners: Array<() => void> = [];

  constructor(socket: CollabSocket, init: { auth: CollabAuth; entryId: string; docName: string; access: 'read' | 'write' }) {
    this.socket = socket;
    this.auth = init.auth;
    this.entryId = init.entryId;
    this.docName = init.docName;
    this.access = init.access;
  }

  /** The user behind this connection. */
  get userId(): string {
    return this.auth.userId;
  }

  /** True when this connection may change the document. */
  get canWrite(): boolean {
    return this.access === 'write';
  }

  /** Changes the right after a membership change (write → read makes the socket read-only). */
  setAccess(access: 'read' | 'write'): void {
    if (access === this.access) return;
    this.access = access;
    this.deniedSent = false;
    // Upgraded to writer: ask again for what the server lacks (edits refused while read-only).
    if (access === 'write' && this.doc) this.send(encodeSyncStep1(this.doc.doc));
  }

  /** Binds the loaded document, greets the client and handles frames queued while loading. */
  attach(doc: SharedDoc): void {
    if (this.closed) return;
    this.doc = doc;
    doc.addPeer(this);
    // The server's state vector: writers answer with what the server lacks (edits made offline
    // or refused by a failed commit); readers' clients use it to tell what is unconfirmed.
    this.send(encodeSyncStep1(doc.doc));
    const awareness = doc.awarenessFrame();
    if (awareness) this.send(awareness);
    for (const frame of this.queue.splice(0)) {
      if (this.closed) return;
      this.handleFrame(frame);
    }
  }

  /** Handles one binary frame; a malformed frame closes this connection only. */
  handleFrame(frame: Uint8Array): void {
    if (this.closed) return;
    if (!this.doc) {
      // A client may not flood a document that is still loading.
      if (this.queue.length >= MAX_QUEUED_FRAMES) {
        console.warn(`[collab] ${this.docName} user ${this.auth.userId}: too many frames before load; closing`);
        this.close(CLOSE_CODES.BAD_MESSAGE, 'too many frames');
        return;
      }
      // A copy (Buffer#slice would be a view): the frame may be a view into the socket's larger
      // read buffer, which it would keep alive.
      this.queue.push(new Uint8Array(frame));
      return;
    }
    try {
      const msg = readMessage(frame);
      (this.handlers[msg.kind] as (m: IncomingMessage) => void)(msg);
    } catch (err) {
      if (err instanceof MalformedMessageError) {
        console.warn(`[collab] ${this.docName} user ${this.auth.userId}: ${err.message}; closing`);
      } else {
        console.error(`[collab] ${this.docName} user ${this.auth.userId}: handling a frame failed; closing`, err);
      }
      this.close(CLOSE_CODES.BAD_MESSAGE, 'malformed message');
    }
  }

  private readonly handlers: Handlers = {
    'sync-step1': (msg) => this.send(this.requireDoc().syncAnswer(msg.stateVector)),
    'sync-step2': (msg) => this.receiveUpdate(msg.update),
    'sync-update': (msg) => this.receiveUpdate(msg.update),
    awareness: (msg) => this.requireDoc().applyAwareness(this.ownAwareness(msg.entries), this),
    'query-awareness': () => {
      const frame = this.requireDoc().awarenessFrame();
      if (frame) this.send(frame);
    },
    auth: () => {}, // clients have nothing to say in the auth channel
  };

  private receiveUpdate(update: Uint8Array): void {
    if (!this.canWrite) {
      // Dropped before the document sees it: never staged, stored or relayed.
      if (!this.deniedSent && this.requireDoc().carriesNews(update)) {
        this.deniedSent = true;
        this.send(encodePermissionDenied(READ_ONLY_REASON));
      }
      return;
    }
    this.requireDoc().receiveUpdate(update, this);
  }

  /** Caps each state's size and forces `user.name` to the session's display name. */
  private ownAwareness(entries: AwarenessEntry[]): AwarenessEntry[] {
    const kept: AwarenessEntry[] = [];
    for (const e of entries) {
      if (e.state === null) {
        kept.push(e);
        continue;
      }
      if (e.bytes > MAX_AWARENESS_STATE_BYTES) continue;
      const user = e.state.user;
      const base = typeof user === 'object' && user !== null && !Array.isArray(user) ? user : {};
      kept.push({ ...e, state: { ...e.state, user: { ...base, name: this.auth.displayName } } });
    }
    return kept;
  }

  private requireDoc(): SharedDoc {
    if (!this.doc) throw new Error('connection has no document yet');
    return this.doc;
  }

  /** Sends a frame if the socket is still open. */
  send(frame: Uint8Array): void {
    if (this.closed || !this.socket.isOpen) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      console.warn(`[collab] ${this.docName} user ${this.auth.userId}: peer too slow; closing`);
      this.close(1013, 'too slow');
      return;
    }
    this.socket.send(frame);
  }

  /** Closes the socket with a code from shared/protocol and detaches from the document. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    if (this.socket.isOpen) this.socket.close(code, reason);
    this.handleClosed();
  }

  /** The socket closed (by either side): leave the document, run close listeners once. */
  handleClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.doc?.removePeer(this);
    for (const listener of this.closeListeners.splice(0)) listener();
  }

  /** Runs `listener` once when the connection closes. */
  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  get isClosed(): boolean {
    return this.closed;
  }
}
