// The two kinds of benchmark client behind one interface: a raw socket sending pre-encoded frames
// (stock protocol, or Hocuspocus framing), and a real @hocuspocus/provider with its own Y.Doc that
// makes the same edits as the script (same clientID, same clocks), so Hocuspocus is driven by its own client.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { typedChar, type ClientScript } from './scripts';
import type { BenchSocket, OnUpdate } from './sockets';

/** One benchmark client, able to send update k of its script. */
export interface BenchClient {
  send(k: number): void;
  isOpen(): boolean;
  close(): void;
}

/** A raw socket that sends `frames[k]` (already framed for its wire). */
export function rawClient(sock: BenchSocket, frames: Uint8Array[]): BenchClient {
  return {
    send: (k) => sock.ws.send(frames[k]),
    isOpen: () => sock.ws.readyState === WebSocket.OPEN,
    close: () => sock.ws.terminate(),
  };
}

/**
 * A HocuspocusProvider client: its doc carries the script's clientID and edit k is made locally
 * (not by applying the pre-built update: Yjs would see its own clientID arrive from "remote" and
 * change it), so the provider sends what an editor would. Every update the provider applies from the server (the sync step 2
 * included) goes to `onUpdate`. Resolves once synced.
 */
export async function providerClient(url: string, name: string, script: ClientScript, onUpdate: OnUpdate | null, onClose: (code: number) => void, timeoutMs = 20_000): Promise<BenchClient> {
  const document = new Y.Doc();
  document.clientID = script.clientId;
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name, document });
  let open = false;
  if (onUpdate) {
    document.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin === provider) onUpdate(u, performance.now());
    });
  }
  websocketProvider.on('close', ({ event }: { event: { code: number } }) => {
    if (open) onClose(event.code);
    open = false;
  });
  // A provider given its own websocketProvider does not attach itself.
  provider.attach();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`provider did not sync ${name} within ${timeoutMs} ms`)), timeoutMs);
    provider.on('synced', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  open = true;
  const fragment = document.getXmlFragment('default');
  const text = new Y.XmlText();
  const send = (k: number) => {
    if (k === 0) {
      document.transact(() => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [text]);
        fragment.insert(fragment.length, [paragraph]);
        text.insert(0, script.tag);
      });
    } else {
      text.insert(text.length, typedChar(k));
    }
  };
  return {
    send,
    isOpen: () => open,
    close: () => {
      open = false;
      provider.destroy();
      websocketProvider.destroy();
      document.destroy();
    },
  };
}
