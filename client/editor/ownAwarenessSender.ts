// What this browser tells the server about its own presence (name, colour, caret), replacing
// y-websocket's awareness sender. The stock sender sends on every awareness update: it also
// sends back every other user's state it has just received from the server (the server relays
// presence already and ignores those), and one message per caret move, which for a fast typist or
// a burst of remote edits is one per keystroke. This one sends only the own state, at most once
// per interval (the first change at once, later ones together), and a departure at once. An own
// state restated unchanged goes out only as a renewal: y-tiptap restates the caret after every
// remote edit, and sending each restatement cost every typist a message per keystroke.
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Awareness } from 'y-protocols/awareness';
import { messageAwareness, type WebsocketProvider } from 'y-websocket';

/** Least time between two presence messages (ms): ≤ 20 caret updates a second reach the others. */
export const OWN_AWARENESS_INTERVAL_MS = 50;

/**
 * An unchanged state goes out again after this long (ms): servers drop a state not renewed for
 * 30 s, and y-protocols renews every 15 s, unless restatements keep resetting its clock.
 */
export const RENEWAL_INTERVAL_MS = 10_000;

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Where presence goes. */
export interface OwnAwarenessOptions {
  /** Sends an encoded awareness update of the own client (a y-protocols awareness update). */
  send(update: Uint8Array): void;
  intervalMs?: number;
  renewalMs?: number;
}

/**
 * Calls `send` with the own state when it changes: the first change at once, then at most once
 * per interval (later changes together), a departure at once. Returns the undo.
 */
export function throttleOwnAwareness(awareness: Awareness, options: OwnAwarenessOptions): () => void {
  const own = awareness.clientID;
  const intervalMs = options.intervalMs ?? OWN_AWARENESS_INTERVAL_MS;
  let lastSent = -Infinity;
  let lastSentState: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const send = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    lastSent = Date.now();
    lastSentState = JSON.stringify(awareness.getLocalState());
    options.send(awarenessProtocol.encodeAwarenessUpdate(awareness, [own]));
  };

  const handleUpdate = ({ added, updated, removed }: AwarenessChange) => {
    // Only the own state goes out. An update the server caused counts too: when the server timed
    // this client out, y-protocols answers with a renewed own state, which must reach it.
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
    // Leaving (sign-out, closing the tab) goes out at once: there may be no later.
    if (removed.includes(own) || awareness.getLocalState() === null) return send();
    // Compared as sent, in JSON: Awareness's own 'change' event calls every caret a change, as its
    // deep equality holds no class instance (y-tiptap's relative positions) equal to another.
    const restated = timer === null && JSON.stringify(awareness.getLocalState()) === lastSentState;
    if (restated && Date.now() - lastSent < (options.renewalMs ?? RENEWAL_INTERVAL_MS)) return;
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
