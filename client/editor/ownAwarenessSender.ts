// What this browser tells the server about its own presence (name, colour, caret), replacing
// y-websocket's awareness sender. The stock sender sends on every awareness update: it also
// sends back every other user's state it has just received from the server (the server relays
// presence already and ignores those), and one message per caret move, which for a fast typist or
// a burst of remote edits is one per keystroke. This one sends only the own state, at most once
// per interval (the first change at once, later ones together), and a departure at once.
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Awareness } from 'y-protocols/awareness';
import { messageAwareness, type WebsocketProvider } from 'y-websocket';

/** Least time between two presence messages (ms): ≤ 20 caret updates a second reach the others. */
export const OWN_AWARENESS_INTERVAL_MS = 50;

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Where presence goes. */
export interface OwnAwarenessOptions {
  /** Sends an encoded awareness update of the own client (a y-protocols awareness update). */
  send(update: Uint8Array): void;
  intervalMs?: number;
}

/**
 * Calls `send` with the own state when it changes: the first change at once, then at most once
 * per interval (later changes together), a departure at once. Returns the undo.
 */
export function throttleOwnAwareness(awareness: Awareness, options: OwnAwarenessOptions): () => void {
  const own = awareness.clientID;
  const intervalMs = options.intervalMs ?? OWN_AWARENESS_INTERVAL_MS;
  let lastSent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const send = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    lastSent = Date.now();
    options.send(awarenessProtocol.encodeAwarenessUpdate(awareness, [own]));
  };

  const handleUpdate = ({ added, updated, removed }: AwarenessChange) => {
    // Only the own state goes out. An update the server caused counts too: when the server timed
    // this client out, y-protocols answers with a renewed own state, which must reach it.
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
    // Leaving (sign-out, closing the tab) goes out at once: there may be no later.
    if (removed.includes(own) || awareness.getLocalState() === null) return send();
    const wait = lastSent + intervalMs - Date.now();
    if (wait <= 0) send();
    else timer ??= setTimeout(send, wait);
  };

  awareness.on('update', handleUpdate);
  return () => {
    if (timer) clearTimeout(timer);
    awareness.off('update', handleUpdate);
  };
}

/** Replaces the provider's awareness sender with the throttled own-state one; returns the undo. */
export function sendOwnAwarenessThrottled(provider: WebsocketProvider): () => void {
  const stop = throttleOwnAwareness(provider.awareness, {
    send(update) {
      const ws = provider.ws;
      if (!provider.wsconnected || !ws || ws.readyState !== WebSocket.OPEN) return; // sent whole on reconnect
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(encoder, update);
      ws.send(encoding.toUint8Array(encoder));
    },
  });
  provider.awareness.off('update', provider._awarenessUpdateHandler);
  return () => {
    stop();
    provider.awareness.on('update', provider._awarenessUpdateHandler);
  };
}
