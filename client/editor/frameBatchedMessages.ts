// Messages from the server applied once per animation frame. A remote keystroke comes as two
// messages, the edit and then the writer's caret, a few milliseconds apart: applied as each
// arrived, the page drew the text in one frame and the caret in the next, two frames per remote
// keystroke. Held until the next frame, both are applied in one task, presence first, so the
// edit's redraw already puts the carets where they now are, and the page draws once. Nothing is
// drawn sooner than the next frame anyway, so the others' typing shows no later. While a mouse
// button is down they wait for it to come up (see watchPointer).
// Presence with nothing waiting is applied at once: it is what a typist receives after each of its
// keystrokes (y-tiptap makes every receiver restate its caret after each remote edit), it rarely
// changes a thing, and a frame requested for it drew a second frame per keystroke for nothing.
import { messageAwareness, type WebsocketProvider } from 'y-websocket';

/** Longest wait when no animation frame comes (a hidden tab draws none). */
const HIDDEN_TAB_WAIT_MS = 50;

/** Longest hold while a mouse button is down (a long drag selection sees remote edits again). */
const POINTER_HOLD_MS = 1000;

type MessageListener = ((this: WebSocket, event: MessageEvent) => unknown) | null;

/**
 * Makes every socket `provider` opens deliver its messages in batches, in order, at the next
 * animation frame (or after at most 50 ms); whatever waits is delivered before a close is
 * handled. Returns the undo for sockets opened later.
 */
export function batchMessagesPerFrame(provider: WebsocketProvider): () => void {
  const pointer = watchPointer();
  const batching = { stopped: false };
  const handleStatus = ({ status }: { status: string }) => {
    if (status === 'connected' && provider.ws) batchSocket(provider.ws, pointer, batching);
  };
  provider.on('status', handleStatus);
  return () => {
    provider.off('status', handleStatus);
    pointer.stop();
    // The session is closing: what still waits is for a doc about to be destroyed.
    batching.stopped = true;
  };
}

/** Whether a mouse button is down on the page, and what to run when it comes up. */
interface PointerWatch {
  /** When the button went down (performance.now()), or null. */
  downSince: number | null;
  onUp: (() => void) | null;
  stop(): void;
}

/**
 * A click's selection reaches ProseMirror only after the button comes up; a remote edit applied
 * while it is down (now likely: the frame after a mousedown is where waiting messages go) made
 * the editor put back the caret from before the click (tests/e2e/entryClickWhileTyping.test.ts).
 * Messages wait for the button, at most POINTER_HOLD_MS.
 */
function watchPointer(): PointerWatch {
  const watch: PointerWatch = { downSince: null, onUp: null, stop: () => {} };
  if (typeof window === 'undefined') return watch;
  const down = () => void (watch.downSince = performance.now());
  // After the page's own mouseup handlers (ProseMirror's among them), in a task of its own.
  const up = () => {
    watch.downSince = null;
    setTimeout(() => watch.onUp?.(), 0);
  };
  window.addEventListener('pointerdown', down, true);
  window.addEventListener('pointerup', up, true);
  window.addEventListener('pointercancel', up, true);
  watch.stop = () => {
    window.removeEventListener('pointerdown', down, true);
    window.removeEventListener('pointerup', up, true);
    window.removeEventListener('pointercancel', up, true);
  };
  return watch;
}

/** `batching.stopped`: the batching was undone, and what waits is dropped, not delivered. */
function batchSocket(ws: WebSocket, pointer: PointerWatch, batching: { stopped: boolean }): void {
  const deliver: MessageListener = ws.onmessage;
  const handleClose = ws.onclose;
  if (!deliver) return;
  const waiting: MessageEvent[] = [];
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = timer = null;
    if (batching.stopped) {
      waiting.length = 0;
      return;
    }
    const held = pointer.downSince === null ? 0 : pointer.downSince + POINTER_HOLD_MS - performance.now();
    if (held > 0 && ws.readyState === WebSocket.OPEN) {
      pointer.onUp = flush;
      timer = setTimeout(flush, held);
      return;
    }
    pointer.onUp = null;
    // Presence does not depend on the document: it goes first. One at a time, because a message
    // may close the socket, and the close handler flushes again.
    waiting.sort((a, b) => Number(!isPresence(a)) - Number(!isPresence(b)));
    while (waiting.length > 0) deliver.call(ws, waiting.shift()!);
  };

  ws.onmessage = (event) => {
    if (waiting.length === 0 && pointer.downSince === null && !batching.stopped && isPresence(event)) {
      deliver.call(ws, event);
      return;
    }
    waiting.push(event);
    if (timer !== null) return;
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(flush);
    timer = setTimeout(flush, HIDDEN_TAB_WAIT_MS);
  };
  ws.onclose = function (this: WebSocket, event: CloseEvent) {
    flush();
    return handleClose?.call(this, event);
  };
}

/** True for an awareness message (its first byte is the message type, a one-byte varint). */
function isPresence(event: MessageEvent): boolean {
  return event.data instanceof ArrayBuffer && event.data.byteLength > 0 && new Uint8Array(event.data)[0] === messageAwareness;
}
