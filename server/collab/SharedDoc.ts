// One open document: the committed Y.Doc, the awareness of its clients, the connections to
// broadcast to, and the sync pipeline "durable before relay" (design.md): an update is reduced to
// what the server lacks, committed, and only then relayed. Over an asynchronous store (PostgreSQL)
// updates are staged on a copy, committed per tick and then applied to the committed doc; where
// storage commits synchronously (SQLite's journal) the committed doc takes the update, and the
// commit and relay follow in the same synchronous step, so nothing reads the doc in between.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DocIntegrator } from './docIntegrator';
import { cloneDoc, isRedundant, withoutHeldBack } from './docState';
import { type AwarenessEntry, encodeAwareness, encodeSyncStep2, encodeUpdate, MalformedMessageError, writeAwarenessUpdate } from './messages';

/** What a document needs from a connection. */
export interface DocPeer {
  send(frame: Uint8Array): void;
  /** The user behind the peer: a reconnecting user may take over its own awareness client ids. */
  readonly userId: string;
}

/** How a document stores updates and reports a failed commit. */
export interface SharedDocOptions {
  name: string;
  /** The committed state, as loaded from storage. */
  doc: Y.Doc;
  /** Stores one update durably; resolves once committed. */
  commit(update: Uint8Array): Promise<void>;
  /**
   * Where storage commits synchronously (SQLite's update journal): stores one update durably
   * before it returns, or throws. The pipeline then runs in one synchronous step per update
   * (apply, commit, relay), so no reader ever sees the doc between apply and commit, and the
   * committed doc takes updates itself (see receiveNow).
   */
  commitNow?: (update: Uint8Array) => void;
  /** A commit failed: the registry evicts the document and closes its sockets. */
  onCommitFailed(doc: SharedDoc, error: unknown): void;
}

/** An open document shared by its connections. */
export class SharedDoc {
  readonly name: string;
  /** Committed state only: sync answers and REST text are read from it. */
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers = new Set<DocPeer>();
  /**
   * The committed doc plus every accepted, not yet committed update. Incoming updates are diffed
   * against it (so an update pending in this tick is not stored twice) and validated by applying
   * them here first: an update Yjs cannot integrate never reaches storage. Null with `commitNow`.
   */
  private staging: Y.Doc | null;
  /** Applies incoming updates, to staging or (with `commitNow`) to the committed doc. */
  private integrator: DocIntegrator;
  private readonly pending: Uint8Array[] = [];
  private readonly inflight = new Set<Promise<void>>();
  private readonly awarenessOwners = new Map<number, DocPeer>();
  /** Per writer, its latest update not yet relayed: its presence waits behind it (see applyAwareness). */
  private readonly unrelayed = new Map<DocPeer, Promise<void>>();
  private readonly options: SharedDocOptions;
  private closed = false;

  constructor(options: SharedDocOptions) {
    this.options = options;
    this.name = options.name;
    this.doc = options.doc;
    this.staging = options.commitNow ? null : cloneDoc(this.doc);
    this.integrator = new DocIntegrator(this.staging ?? this.doc);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.handleAwarenessChange);
  }

  /** True once the document was evicted or unloaded; it accepts nothing more. */
  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Accepts an update from a writer: keeps what is new, commits it, then relays and applies it.
   * Throws MalformedMessageError when the update cannot be decoded or integrated.
   */
  receiveUpdate(update: Uint8Array, origin: DocPeer): void {
    if (this.closed) return;
    if (this.options.commitNow) {
      this.receiveNow(update, origin, this.options.commitNow);
      return;
    }
    const { diff, heldBack } = this.stage(update);
    if (diff === null) return;
    this.pending.push(diff);
    const done = this.options.commit(diff).then(
      // What staging held back may come out with this update, and the sender may lack it too.
      () => this.applyCommitted(diff, origin, heldBack ? null : origin),
      (err: unknown) => this.failCommit(err),
    );
    this.inflight.add(done);
    this.unrelayed.set(origin, done);
    void done.finally(() => {
      this.inflight.delete(done);
      if (this.unrelayed.get(origin) === done) this.unrelayed.delete(origin);
    });
  }

  /**
   * Integrates `update` into the staging doc and returns what of it was new there, or null when
   * nothing was (a reconnecting client's whole state, a repeated delete set). Yjs reports what a
   * transaction integrated (DocIntegrator), so the update is decoded once and never diffed
   * against a state vector on the relay path. `heldBack`: staging held structs back before, which
   * the diff may now carry. Structs still waiting for a
   * missing dependency stay in staging's pending store and are reported, with the update that
   * completes them, once they integrate.
   */
  private stage(update: Uint8Array): { diff: Uint8Array | null; heldBack: boolean } {
    const staging = this.staging;
    if (!staging) throw new Error('no staging doc with commitNow');
    // What staging holds back for a missing dependency lives nowhere else: keep it for a rebuild.
    // (Yjs replaces these encoded updates when they change, never mutates them.)
    const heldStructs = staging.store.pendingStructs?.update ?? null;
    const heldDeletions = staging.store.pendingDs;
    const { gained, error, heldBack } = this.integrator.apply(update, null);
    if (error) {
      // Yjs reads every struct before integrating any, but a delete set that fails to decode
      // comes after: the staging doc may hold half an update. Rebuild it; store nothing.
      staging.destroy();
      const rebuilt = cloneDoc(this.doc, this.pending);
      if (heldStructs) Y.applyUpdateV2(rebuilt, heldStructs);
      if (heldDeletions) Y.applyUpdateV2(rebuilt, heldDeletions);
      this.staging = rebuilt;
      this.integrator = new DocIntegrator(rebuilt);
      throw malformed(error);
    }
    return { diff: gained, heldBack };
  }

  /**
   * The synchronous pipeline: apply to the committed doc, commit what was new, relay it, all in
   * one step. An update that fails to decode half-way (Yjs integrates structs before it reads the
   * delete set) leaves what integrated in the doc: that part is committed and relayed like any
   * update, so the doc never differs from storage, and the sender is closed for the rest.
   */
  private receiveNow(update: Uint8Array, origin: DocPeer, commitNow: (update: Uint8Array) => void): void {
    const { gained, error, heldBack } = this.integrator.apply(update, origin);
    if (gained) {
      try {
        commitNow(gained);
      } catch (err) {
        // The doc now holds what storage lacks: evicting it drops that, and the clients resend.
        this.failCommit(err);
        return;
      }
      this.relay(gained, heldBack ? null : origin);
    }
    if (error) throw malformed(error);
  }

  /**
   * True when `update` carries something the committed doc lacks (structs or deletions). Used to
   * tell a read-only client "refused" only for a real edit, not for its routine sync answer.
   */
  carriesNews(update: Uint8Array): boolean {
    try {
      return !isRedundant(Y.diffUpdate(update, Y.encodeStateVector(this.doc)), this.doc);
    } catch {
      return true; // undecodable: certainly not something we already have
    }
  }

  /**
   * The update is durable: relay it, then apply it to the committed doc. Relaying first takes the
   * apply off the relay path; both run in one synchronous step, so no reader of the committed doc
   * sees the gap between them.
   */
  private applyCommitted(diff: Uint8Array, origin: DocPeer, except: DocPeer | null): void {
    if (this.closed) return;
    const index = this.pending.indexOf(diff);
    if (index >= 0) this.pending.splice(index, 1);
    this.relay(diff, except);
    try {
      Y.applyUpdate(this.doc, diff, origin);
    } catch (err) {
      // It integrated in staging, so this should not happen. It is stored already, so what was
      // relayed is durable; evicting reloads every client from storage.
      console.error(`[collab] ${this.name}: committed update failed to apply`, err);
      this.failCommit(err);
    }
  }

  /**
   * Sends a committed update to every peer but `except` (the one it came from, unless it may lack
   * part of it: structs the doc had held back).
   */
  private relay(diff: Uint8Array, except: DocPeer | null): void {
    const frame = encodeUpdate(diff);
    for (const peer of this.peers) if (peer !== except) peer.send(frame);
  }

  private failCommit(err: unknown): void {
    if (this.closed) return;
    this.options.onCommitFailed(this, err);
  }

  /** Resolves when every update accepted so far is committed (or failed). */
  async whenIdle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  /**
   * Applies awareness entries from `peer`. A peer may only speak for client ids it introduced or
   * that its own user's older socket did (a reconnect), never for another user's; the caller has
   * already forced names and size caps.
   *
   * The others get a peer's frames in the order it sent them: presence sent after an update waits
   * until that update is committed and relayed. Relayed at once, a typist's caret reached the
   * others before the character it follows, and their editors drew the carets twice per keystroke.
   */
  applyAwareness(entries: readonly AwarenessEntry[], peer: DocPeer): void {
    if (this.closed) return;
    const own = entries.filter((e) => {
      const owner = this.awarenessOwners.get(e.clientId);
      if (owner !== undefined && owner !== peer && owner.userId !== peer.userId) return false;
      this.awarenessOwners.set(e.clientId, peer);
      return true;
    });
    if (own.length === 0) return;
    const publish = () => {
      // A peer that left meanwhile has had its states removed: do not bring them back.
      if (!this.closed && this.peers.has(peer)) {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, writeAwarenessUpdate(own), peer);
      }
    };
    const before = this.unrelayed.get(peer);
    if (before) void before.then(publish);
    else publish();
  }

  /**
   * The sync step 2 answer to a client's state vector, from committed state only. With
   * `commitNow` the committed doc also holds, in its pending store, structs waiting for a missing
   * dependency (stored once the update that completes them arrives); Yjs would add them to what
   * it encodes, so they are set aside for the encoding.
   */
  syncAnswer(stateVector: Uint8Array): Uint8Array {
    return withoutHeldBack(this.doc, () => encodeSyncStep2(this.doc, stateVector));
  }

  /** The awareness frame with every current state (for a joining or querying client). */
  awarenessFrame(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return null;
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /** Adds a peer (the connection sends its own greeting). */
  addPeer(peer: DocPeer): void {
    this.peers.add(peer);
  }

  /** Removes a peer and the awareness states it published. */
  removePeer(peer: DocPeer): void {
    this.peers.delete(peer);
    this.unrelayed.delete(peer);
    const gone: number[] = [];
    for (const [clientId, owner] of this.awarenessOwners) {
      if (owner === peer) gone.push(clientId);
    }
    for (const clientId of gone) this.awarenessOwners.delete(clientId);
    if (gone.length > 0 && !this.closed) awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
  }

  /** Frees the document; pending commit results are ignored from now on. */
  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    this.awareness.off('update', this.handleAwarenessChange);
    this.awareness.destroy();
    this.staging?.destroy(); // the committed doc belongs to the registry, which unloads it
    this.peers.clear();
  }

  /**
   * Sends a presence change to every peer but the one it came from: that peer's client ignores
   * its own states coming back (same clock), yet the echo cost a typist's page a message and an
   * extra frame per keystroke. Changes the server makes itself (a peer left, a state timed out)
   * go to every peer: a client told its own state is gone renews it.
   */
  private readonly handleAwarenessChange = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const clients = [...change.added, ...change.updated, ...change.removed];
    if (clients.length === 0) return;
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    for (const peer of this.peers) if (peer !== origin) peer.send(frame);
  };
}

/** The error a connection closes on when an update does not integrate. */
function malformed(cause: unknown): MalformedMessageError {
  return new MalformedMessageError(`update does not integrate: ${(cause as Error).message}`, { cause });
}
