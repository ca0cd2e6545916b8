import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { batchMessagesPerFrame } from './frameBatchedMessages';

const SYNC = 0;
const AWARENESS = 1;

/** Just what the batching touches: the provider's 'status' event and its socket's handlers. */
function connectedProvider() {
  const delivered: string[] = [];
  const ws = {
    onmessage(event: MessageEvent) {
      delivered.push(label(event));
    },
    onclose() {
      delivered.push('close');
    },
  } as unknown as WebSocket;
  let statusListener: ((e: { status: string }) => void) | null = null;
  const provider = {
    ws,
    on: (_event: string, listener: (e: { status: string }) => void) => void (statusListener = listener),
    off: () => void (statusListener = null),
  } as unknown as WebsocketProvider;
  const undo = batchMessagesPerFrame(provider);
  statusListener!({ status: 'connected' });
  const receive = (type: number, name: string) => ws.onmessage!(message(type, name));
  return { ws, delivered, receive, undo };
}

function message(type: number, name: string): MessageEvent {
  const data = new Uint8Array([type, ...new TextEncoder().encode(name)]).buffer;
  return { data } as MessageEvent;
}

function label(event: MessageEvent): string {
  return new TextDecoder().decode(new Uint8Array(event.data as ArrayBuffer).subarray(1));
}

describe('messages batched per animation frame', () => {
  let frames: Array<() => void>;
  let page: EventTarget;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    frames = [];
    page = new EventTarget();
    vi.stubGlobal('window', page);
    vi.stubGlobal('WebSocket', { OPEN: 1 });
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('delivers what arrived before the next frame in one batch, presence first, the rest in order', () => {
    const c = connectedProvider();
    c.receive(SYNC, 'edit 1');
    c.receive(AWARENESS, 'caret');
    c.receive(SYNC, 'edit 2');
    expect(c.delivered).toEqual([]);
    frames.shift()!();
    expect(c.delivered).toEqual(['caret', 'edit 1', 'edit 2']);
    vi.advanceTimersByTime(100); // the fallback timer finds nothing left
    expect(c.delivered).toHaveLength(3);
  });

  it('applies presence at once when nothing waits and no button is down, else in the batch', () => {
    const c = connectedProvider();
    c.receive(AWARENESS, 'caret alone');
    expect(c.delivered).toEqual(['caret alone']);
    expect(frames).toHaveLength(0);
    c.receive(SYNC, 'edit');
    c.receive(AWARENESS, 'caret after the edit');
    expect(c.delivered).toEqual(['caret alone']);
    frames.shift()!();
    expect(c.delivered).toEqual(['caret alone', 'caret after the edit', 'edit']);
    page.dispatchEvent(new Event('pointerdown'));
    c.receive(AWARENESS, 'caret during a click');
    expect(c.delivered).toHaveLength(3);
  });

  it('delivers within 50 ms when no frame comes (a hidden tab)', () => {
    const c = connectedProvider();
    c.receive(SYNC, 'edit');
    vi.advanceTimersByTime(49);
    expect(c.delivered).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(c.delivered).toEqual(['edit']);
  });

  it('holds messages while a mouse button is down, until it comes up or for a second at most', () => {
    const c = connectedProvider();
    (c.ws as unknown as { readyState: number }).readyState = 1;
    page.dispatchEvent(new Event('pointerdown'));
    c.receive(SYNC, 'edit during a click');
    frames.shift()!();
    vi.advanceTimersByTime(100);
    expect(c.delivered).toEqual([]);
    page.dispatchEvent(new Event('pointerup'));
    vi.advanceTimersByTime(0);
    expect(c.delivered).toEqual(['edit during a click']);

    page.dispatchEvent(new Event('pointerdown')); // a long drag
    c.receive(SYNC, 'edit during a drag');
    frames.shift()!();
    vi.advanceTimersByTime(999);
    expect(c.delivered).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(c.delivered).toEqual(['edit during a click', 'edit during a drag']);
  });

  it('drops what waits once the session stopped the batching (its doc is going away)', () => {
    const c = connectedProvider();
    c.receive(SYNC, 'late edit');
    c.undo();
    c.ws.onclose!({} as CloseEvent);
    expect(c.delivered).toEqual(['close']);
  });

  it('delivers what waits before the socket’s close is handled', () => {
    const c = connectedProvider();
    c.receive(SYNC, 'last edit');
    c.ws.onclose!({} as CloseEvent);
    expect(c.delivered).toEqual(['last edit', 'close']);
  });
});
