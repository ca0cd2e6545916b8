// The two wire formats the sync benchmark speaks over raw `ws` sockets: the stock y-websocket
// protocol (ours and @y/websocket-server) and Hocuspocus's, which prefixes every message with the
// document name and requires an auth message first. Kept tiny so the generator's cost is framing only.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-protocols message types (stock y-websocket; Hocuspocus uses the same numbers after the name). */
const MSG_SYNC = 0;
const MSG_AUTH = 2;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;
/** Hocuspocus auth sub-types (@hocuspocus/common AuthMessageType). */
const HP_AUTH_TOKEN = 0;
const HP_AUTH_DENIED = 1;

/** What an incoming frame means to the benchmark. */
export type Incoming =
  | { kind: 'step1' }
  | { kind: 'step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'denied'; reason: string }
  | { kind: 'other' };

/** One protocol: frames to open a document, to carry an update, and a reader for replies. */
export interface Wire {
  /** Frames sent right after the socket opens (auth, then sync step 1 with an empty state vector). */
  openFrames(): Uint8Array[];
  /** A frame carrying one Yjs update (sync message type 2). */
  updateFrame(update: Uint8Array): Uint8Array;
  /** The answer to the server's sync step 1: step 2 with an empty update (the client holds nothing yet). */
  step2Reply(): Uint8Array;
  /** Decodes one incoming frame. */
  read(data: Uint8Array): Incoming;
}

/** The protocol names the benchmark knows. */
export type WireKind = 'stock' | 'hocuspocus';

const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);

function frame(prefix: string | null, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  if (prefix !== null) encoding.writeVarString(e, prefix);
  write(e);
  return encoding.toUint8Array(e);
}

function syncFrame(prefix: string | null, sub: number, payload: Uint8Array): Uint8Array {
  return frame(prefix, (e) => {
    encoding.writeVarUint(e, MSG_SYNC);
    encoding.writeVarUint(e, sub);
    encoding.writeVarUint8Array(e, payload);
  });
}

function readSync(d: decoding.Decoder): Incoming {
  const sub = decoding.readVarUint(d);
  if (sub === SYNC_STEP1) return { kind: 'step1' };
  if (sub === SYNC_STEP2) return { kind: 'step2', update: decoding.readVarUint8Array(d) };
  if (sub === SYNC_UPDATE) return { kind: 'update', update: decoding.readVarUint8Array(d) };
  return { kind: 'other' };
}

/** The stock y-websocket protocol (one document per socket, named by the URL). */
export function stockWire(): Wire {
  return {
    openFrames: () => [syncFrame(null, SYNC_STEP1, EMPTY_STATE_VECTOR)],
    updateFrame: (update) => syncFrame(null, SYNC_UPDATE, update),
    step2Reply: () => syncFrame(null, SYNC_STEP2, EMPTY_UPDATE),
    read(data) {
      const d = decoding.createDecoder(data);
      const type = decoding.readVarUint(d);
      if (type === MSG_SYNC) return readSync(d);
      if (type === MSG_AUTH) {
        // y-protocols auth: 0 = permission denied, followed by a reason.
        const sub = decoding.readVarUint(d);
        if (sub === 0) return { kind: 'denied', reason: decoding.readVarString(d) };
      }
      return { kind: 'other' };
    },
  };
}

/** Hocuspocus 3's protocol: document name first, an auth token message before sync. */
export function hocuspocusWire(documentName: string): Wire {
  return {
    openFrames: () => [
      frame(documentName, (e) => {
        encoding.writeVarUint(e, MSG_AUTH);
        encoding.writeVarUint(e, HP_AUTH_TOKEN);
        encoding.writeVarString(e, '');
      }),
      syncFrame(documentName, SYNC_STEP1, EMPTY_STATE_VECTOR),
    ],
    updateFrame: (update) => syncFrame(documentName, SYNC_UPDATE, update),
    step2Reply: () => syncFrame(documentName, SYNC_STEP2, EMPTY_UPDATE),
    read(data) {
      const d = decoding.createDecoder(data);
      decoding.readVarString(d);
      const type = decoding.readVarUint(d);
      if (type === MSG_SYNC) return readSync(d);
      if (type === MSG_AUTH && decoding.readVarUint(d) === HP_AUTH_DENIED) {
        return { kind: 'denied', reason: decoding.readVarString(d) };
      }
      return { kind: 'other' };
    },
  };
}

/** The wire for a protocol and document. */
export function createWire(kind: WireKind, documentName: string): Wire {
  return kind === 'hocuspocus' ? hocuspocusWire(documentName) : stockWire();
}
