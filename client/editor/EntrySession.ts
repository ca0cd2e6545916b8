// One open entry in the browser: its Y.Doc, the offline copy (y-indexeddb), the y-websocket
// connection to /collab, who else is here, and what the server refused. The editor renders its
// snapshot; nothing here knows React or Tiptap.
import * as decoding from 'lib0/decoding';
import * as authProtocol from 'y-protocols/auth';
import { messageAuth, messageSync, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { entryTextFromYDoc, SCHEMA_VERSION } from '@shared/schema';
import { CLOSE_CODES, CLOSE_REASONS_ZH, entryDocName, isTerminalCloseCode, SCHEMA_VERSION_PARAM } from '@shared/protocol';
import { fetchEntry } from '@client/api/entries';
import { OfflineCopy } from './OfflineCopy';
import { batchMessagesPerFrame } from './frameBatchedMessages';
import { sendOwnAwarenessThrottled } from './ownAwarenessSender';
import { offlineCopyName } from './offlineCopies';
import { differingText, hasUnconfirmedChanges, unconfirmedText } from './unsentChanges';

/** 已连接 / 连接中 / 离线. */
export type ConnectionStatus = 'connected' | 'connecting' | 'offline';

/** A person with the entry open (from awareness). */
export interface PresentUser {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

/** Why the server stopped accepting this client's edits, shown to the user. */
export interface Refusal {
  /** The Chinese explanation. */
  message: string;
  /** Close code, or null for a permission-denied message. */
  code: number | null;
  /** True when the local doc had changes the server had not confirmed. */
  unsent: boolean;
  /** The text to copy: what the local entry adds to the server's (best estimate). */
  unsentText: string;
}

/** What the editor renders; a new object on every change. */
export interface EntrySessionSnapshot {
  status: ConnectionStatus;
  /** The offline copy was read (the doc shows what this browser had). */
  offlineLoaded: boolean;
  /** The first sync with the server finished at least once. */
  synced: boolean;
  users: PresentUser[];
  /** A terminal close (44xx): the provider stopped and will not retry. */
  closed: { code: number; message: string } | null;
  /** Set after close 4500 until the next successful sync. */
  storageTrouble: string | null;
  /** The server refused edits (permission denied, 4403, or 4500 with unconfirmed changes). */
  refusal: Refusal | null;
  /** The server said this user may not write. */
  readOnlyByServer: boolean;
}

/** The URL of the collab endpoint of this page's origin. */
export function collabUrl(): string {
  return `${location.origin.replace(/^http/, 'ws')}/collab`;
}

/** Opens the entry's doc: offline copy first, then the server; call destroy() when leaving. */
export class EntrySession {
  readonly ydoc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly offline: OfflineCopy;
  private serverStateVector: Uint8Array | null = null;
  private readonly stopOwnAwareness: () => void;
  private readonly stopBatching: () => void;
  private destroyed = false;
  private snapshot: EntrySessionSnapshot = {
    status: 'connecting', offlineLoaded: false, synced: false, users: [], closed: null,
    storageTrouble: null, refusal: null, readOnlyByServer: false,
  };
  private readonly listeners = new Set<() => void>();
  /**
   * Runs before a message from the server is applied to the doc: the editor reads what the user
   * did in the page and it has not seen yet (see entryEditorSetup.ts).
   */
  beforeRemoteChange: (() => void) | null = null;

  constructor(readonly entryId: string, readonly userId: string) {
    // Batched while the socket is up (the server then has every edit); immediate while it is down.
    this.offline = new OfflineCopy(offlineCopyName(userId, entryId), this.ydoc, () => this.provider?.wsconnected === true);
    this.offline.on('synced', () => this.set({ offlineLoaded: true }));
    this.provider = new WebsocketProvider(collabUrl(), entryDocName(entryId), this.ydoc, {
      params: { [SCHEMA_VERSION_PARAM]: String(SCHEMA_VERSION) },
      shouldReconnect: (event) => !isTerminalCloseCode(event.code),
      // Tabs of one browser profile may belong to different accounts over time: every update goes
      // through the server, which checks the sender's right (BroadcastChannel would bypass it).
      disableBc: true,
    });
    this.hookMessages();
    this.stopOwnAwareness = sendOwnAwarenessThrottled(this.provider);
    this.stopBatching = batchMessagesPerFrame(this.provider);
    this.provider.on('status', () => {
      if (!this.provider.wsconnected) this.offline.flush();
      this.set({ status: this.connectionStatus() });
    });
    this.provider.on('connection-close', (event) => this.handleClose(event?.code ?? null));
    this.provider.on('connection-error', () => this.set({ status: this.connectionStatus() }));
    this.provider.on('closed', ({ code }) => this.handleTerminalClose(code));
    this.provider.on('sync', (synced: boolean) => {
      if (!synced) return;
      // After 4500 the provider resent everything on reconnect: that refusal is over.
      const refusal = this.snapshot.refusal?.code === CLOSE_CODES.STORAGE_FAILED ? null : this.snapshot.refusal;
      this.set({ synced: true, storageTrouble: null, refusal, status: this.connectionStatus() });
    });
    this.provider.awareness.on('change', () => {
      // Carets move on every keystroke; re-render only when who is here changes.
      const users = this.presentUsers();
      const key = (list: PresentUser[]) => list.map((u) => `${u.clientId}:${u.name}:${u.color}`).join('|');
      if (key(users) !== key(this.snapshot.users)) this.set({ users });
    });
    window.addEventListener('online', this.handleNetworkChange);
    window.addEventListener('offline', this.handleNetworkChange);
  }

  /** True once destroy() ran. */
  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore. */
  getSnapshot = (): EntrySessionSnapshot => this.snapshot;

  /** Closes the connection and the offline copy (the copy stays in IndexedDB). */
  destroy(): void {
    this.destroyed = true;
    window.removeEventListener('online', this.handleNetworkChange);
    window.removeEventListener('offline', this.handleNetworkChange);
    this.listeners.clear();
    this.stopOwnAwareness();
    this.stopBatching();
    this.provider.destroy();
    void this.offline.destroy();
    this.ydoc.destroy();
  }

  private notifyQueued = false;

  private set(patch: Partial<EntrySessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    // Notify after the current task: awareness changes fire while React renders the editor
    // (the caret extension sets the local user then), and one notification covers a burst.
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      for (const listener of this.listeners) listener();
    });
  }

  private handleNetworkChange = () => this.set({ status: this.connectionStatus() });

  private connectionStatus(): ConnectionStatus {
    const p = this.provider;
    if (p.wsconnected) return 'connected';
    if (!p.shouldConnect || !navigator.onLine) return 'offline';
    // A refused or unreachable server shows as repeated attempts: after the second, say 离线.
    return p.wsUnsuccessfulReconnects >= 2 ? 'offline' : 'connecting';
  }

  private presentUsers(): PresentUser[] {
    const users: PresentUser[] = [];
    this.provider.awareness.getStates().forEach((state, clientId) => {
      const user = state.user as { name?: unknown; color?: unknown } | undefined;
      if (!user || typeof user.name !== 'string') return;
      users.push({
        clientId,
        name: user.name,
        color: typeof user.color === 'string' ? user.color : '#888',
        isSelf: clientId === this.ydoc.clientID,
      });
    });
    return users;
  }

  /**
   * Three additions to the stock message handlers: remember the server's state vector (its sync
   * step 1), run `beforeRemoteChange` before a sync message, and surface a permission-denied
   * message instead of the stock console.warn.
   */
  private hookMessages(): void {
    const handlers = this.provider.messageHandlers;
    const syncHandler = handlers[messageSync];
    handlers[messageSync] = (encoder, decoder, provider, emitSynced, messageType) => {
      const peek = decoding.clone(decoder);
      if (decoding.readVarUint(peek) === 0) this.serverStateVector = decoding.readVarUint8Array(peek);
      this.beforeRemoteChange?.();
      syncHandler(encoder, decoder, provider, emitSynced, messageType);
    };
    handlers[messageAuth] = (_encoder, decoder) => {
      authProtocol.readAuthMessage(decoder, this.ydoc, (_ydoc, reason) => this.handleDenied(reason));
    };
  }

  private handleDenied(reason: string): void {
    console.warn(`[collab] ${entryDocName(this.entryId)}: permission denied: ${reason}`);
    this.set({ readOnlyByServer: true });
    this.refuse('您对此条目只有阅读权限，服务器拒绝了您的修改。', null);
  }

  private handleClose(code: number | null): void {
    if (code === CLOSE_CODES.STORAGE_FAILED) {
      this.set({ storageTrouble: CLOSE_REASONS_ZH[code] });
      if (hasUnconfirmedChanges(this.ydoc, this.serverStateVector)) this.refuse(CLOSE_REASONS_ZH[code], code);
    }
    this.set({ status: this.connectionStatus() });
  }

  private handleTerminalClose(code: number): void {
    this.provider.shouldConnect = false;
    const message = CLOSE_REASONS_ZH[code] ?? `连接已被服务器关闭（${code}）。`;
    this.set({ closed: { code, message }, status: 'offline' });
    if (code === CLOSE_CODES.FORBIDDEN && hasUnconfirmedChanges(this.ydoc, this.serverStateVector)) this.refuse(message, code);
  }

  /**
   * Shows a refusal at once with the estimate from state vectors, then narrows the text to copy
   * to what differs from the server's committed text when the server still lets us read it.
   */
  private refuse(message: string, code: number | null): void {
    if (this.snapshot.refusal?.code === code) return;
    const unsent = hasUnconfirmedChanges(this.ydoc, this.serverStateVector);
    this.set({ refusal: { message, code, unsent, unsentText: unconfirmedText(this.ydoc, this.serverStateVector) } });
    fetchEntry(this.entryId).then(
      (entry) => {
        const current = this.snapshot.refusal;
        if (this.destroyed || current?.code !== code) return;
        const text = differingText(entry.text, entryTextFromYDoc(this.ydoc).text);
        this.set({ refusal: { ...current, unsent: text.length > 0, unsentText: text } });
      },
      () => {}, // no read access any more: keep the estimate
    );
  }
}
