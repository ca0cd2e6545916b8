// Raw benchmark sockets: open a `ws` connection, run the sync handshake of a Wire and hand every
// later update to a callback; plus the fresh-client check that reads a document's committed state.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { paragraphTexts } from './scripts';
import type { Wire } from './wire';

/** Called with each update a socket receives after its handshake (relayed updates and step 2). */
export type OnUpdate = (update: Uint8Array, now: number) => void;

/** An open, synced benchmark socket. */
export interface BenchSocket {
  ws: WebSocket;
  /** Set by the caller to receive updates; null drops them undecoded. */
  onUpdate: OnUpdate | null;
  /** Close code when the server closed the socket (not us). */
  closedBy: number | null;
  /** The handshake's sync step 2 (the document as the server had it), until the caller takes it. */
  initial: Uint8Array | null;
  /** Updates that arrived after step 2 but before the caller set onUpdate (same TCP read). */
  pending: { update: Uint8Array; at: number }[];
}

/**
 * Opens a socket and resolves once the server's sync step 2 arrived (or rejects on close/denial
 * or after `timeoutMs`). Server step 1 is answered with an empty step 2.
 */
export function openSocket(url: string, wire: Wire, headers: Record<string, string>, timeoutMs = 20_000): Promise<BenchSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false });
    const sock: BenchSocket = { ws, onUpdate: null, closedBy: null, initial: null, pending: [] };
    let synced = false;
    const timer = setTimeout(() => fail(new Error(`handshake timeout on ${url}`)), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      if (!synced) {
        synced = true;
        ws.terminate();
        reject(err);
      }
    };
    ws.on('open', () => {
      for (const f of wire.openFrames()) ws.send(f);
    });
    ws.on('message', (data: Buffer) => {
      const msg = wire.read(data);
      if (msg.kind === 'step1') ws.send(wire.step2Reply());
      else if (msg.kind === 'denied') fail(new Error(`permission denied: ${msg.reason}`));
      else if (msg.kind === 'step2' || msg.kind === 'update') {
        if (!synced && msg.kind === 'step2') {
          synced = true;
          clearTimeout(timer);
          sock.initial = msg.update;
          resolve(sock);
          return;
        }
        if (sock.onUpdate) sock.onUpdate(msg.update, performance.now());
        else sock.pending.push({ update: msg.update, at: performance.now() });
      }
    });
    ws.on('close', (code) => {
      sock.closedBy = code;
      fail(new Error(`closed ${code} during handshake on ${url}`));
    });
    ws.on('error', (err) => fail(err));
  });
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function inBatches<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Reads a document's state through a fresh socket and returns its paragraphs' texts. */
export async function readParagraphs(url: string, wire: Wire, headers: Record<string, string>): Promise<string[]> {
  const sock = await openSocket(url, wire, headers);
  sock.ws.close();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, sock.initial!);
  const texts = paragraphTexts(doc);
  doc.destroy();
  return texts;
}
