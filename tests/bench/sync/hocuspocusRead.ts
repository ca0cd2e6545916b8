// Reads a Hocuspocus document through @hocuspocus/provider (its own client), so the benchmark's
// check that nothing was lost does not rest on our raw framing of Hocuspocus's protocol.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { paragraphTexts } from './scripts';

/** Connects a provider to `name` at `url`, waits for `synced` and returns the paragraphs' texts. */
export async function readParagraphsWithProvider(url: string, name: string, timeoutMs = 20_000): Promise<string[]> {
  const document = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name, document });
  // A provider given its own websocketProvider does not attach itself.
  provider.attach();
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`provider did not sync ${name} within ${timeoutMs} ms`)), timeoutMs);
      provider.on('synced', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return paragraphTexts(document);
  } finally {
    provider.destroy();
    websocketProvider.destroy();
    document.destroy();
  }
}
