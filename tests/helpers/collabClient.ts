// Real y-websocket clients for tests: the stock WebsocketProvider (ws polyfill carrying a cookie,
// no BroadcastChannel so only the server connects them) and a raw `ws` client for crafted frames.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { entryDocName, SCHEMA_VERSION_PARAM } from '@shared/protocol';
import { entryTextFromYDoc } from '@shared/schema';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** Polls `check` until it returns a truthy value or the time runs out. */
export async function waitFor<T>(check: () => T | Promise<T>, what = 'condition', timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A WebSocket class for WebsocketProvider that sends `cookie` with the upgrade. */
function websocketWithCookie(cookie: string | undefined): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { cookie } } : {});
    }
  } as typeof WebSocket;
}

/** A stock provider on an entry plus what the test wants to observe. */
export interface TestProvider {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes the server sent, in order. */
  closeCodes: number[];
  /** Permission-denied reasons, as the stock client would log them. */
  denied: string[];
  destroy(): void;
}

/** Opens a stock WebsocketProvider on `entry/<entryId>` (origin like `http://127.0.0.1:1234`). */
export function connectProvider(opts: {
  origin: string;
  entryId: string;
  cookie?: string;
  schema?: number;
  doc?: Y.Doc;
  name?: string;
}): TestProvider {
  const doc = opts.doc ?? new Y.Doc();
  const closeCodes: number[] = [];
  const denied: string[] = [];
  const provider = new WebsocketProvider(opts.origin + '/collab', entryDocName(opts.entryId), doc, {
    WebSocketPolyfill: websocketWithCookie(opts.cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: opts.schema === undefined ? {} : { [SCHEMA_VERSION_PARAM]: String(opts.schema) },
    maxBackoffTime: 300,
  });
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  // The stock client only console.warns a refusal; record it instead.
  provider.messageHandlers[2] = (_encoder, decoder) => {
    decoding.readVarUint(decoder);
    denied.push(decoding.readVarString(decoder));
  };
  if (opts.name) provider.awareness.setLocalStateField('user', { name: opts.name, color: '#f00' });
  return {
    doc,
    provider,
    closeCodes,
    denied,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the provider has synced with the server. */
export async function waitSynced(p: TestProvider, timeoutMs = 15_000): Promise<void> {
  await waitFor(() => p.provider.synced, 'provider synced', timeoutMs);
}

/** Appends a paragraph with `text` to the entry content (XmlFragment 'default'). */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment('default');
  fragment.insert(fragment.length, [paragraph]);
}

/** Inserts `text` at `index` of the first paragraph's text (creating the paragraph if needed). */
export function typeInFirstParagraph(doc: Y.Doc, index: number, text: string): void {
  const fragment = doc.getXmlFragment('default');
  if (fragment.length === 0) appendParagraph(doc, '');
  const paragraph = fragment.get(0) as Y.XmlElement;
  const xmlText = paragraph.get(0) as Y.XmlText;
  xmlText.insert(Math.min(index, xmlText.length), text);
}

/** The entry text of a doc, as the REST API reports it. */
export function textOf(doc: Y.Doc): string {
  return entryTextFromYDoc(doc).text;
}

/** A raw `ws` client speaking the protocol by hand. */
export interface RawClient {
  ws: WebSocket;
  /** Binary frames received, in order. */
  frames: Uint8Array[];
  /** Resolves with the close code. */
  closed: Promise<number>;
  opened: Promise<void>;
  send(frame: Uint8Array): void;
}

/** Opens a raw socket on `/collab/<path>`. */
export function connectRaw(opts: { origin: string; path: string; cookie?: string; headers?: Record<string, string> }): RawClient {
  const url = opts.origin.replace(/^http/, 'ws') + '/collab/' + opts.path;
  const headers = { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers };
  const ws = new WebSocket(url, { headers });
  const frames: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  ws.on('error', () => {});
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const opened = new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with HTTP ${res.statusCode}`)));
  });
  return { ws, frames, closed, opened, send: (frame) => ws.send(frame) };
}

/** Frame builders for raw clients. */
export const rawFrames = {
  syncStep1(doc: Y.Doc): Uint8Array {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
    return encoding.toUint8Array(e);
  },
  /** Sync message type 1 (step 2) or 2 (update) carrying `update`. */
  update(update: Uint8Array, syncType: 1 | 2 = 2): Uint8Array {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, syncType);
    encoding.writeVarUint8Array(e, update);
    return encoding.toUint8Array(e);
  },
  awareness(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, entries.length);
    for (const en of entries) {
      encoding.writeVarUint(inner, en.clientId);
      encoding.writeVarUint(inner, en.clock);
      encoding.writeVarString(inner, JSON.stringify(en.state));
    }
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    return encoding.toUint8Array(e);
  },
};

/** Classifies a server frame: [type, syncType?] e.g. [0, 1] for sync step 2, [2] for auth. */
export function frameKind(frame: Uint8Array): number[] {
  const d = decoding.createDecoder(frame);
  const type = decoding.readVarUint(d);
  return type === 0 ? [type, decoding.readVarUint(d)] : [type];
}
