// Ready-made binary frames against ws itself: the header ws builds, and real sockets on loopback
// that receive them intact, in order with ws's own sends, and nothing once closed.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { frameBinary, WsCollabSocket } from './wsFrames';

// ws's frame builder is not in its type definitions.
const { Sender } = createRequire(import.meta.url)('ws') as {
  Sender: { frame(data: Buffer, options: object): Buffer[] };
};

const SIZES = [0, 1, 125, 126, 65_535, 65_536, 200_000];

function bytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);
}

describe('frameBinary', () => {
  it.each(SIZES)('builds the frame ws builds for %i bytes', (size) => {
    const payload = bytes(size, size);
    const ws = Buffer.concat(Sender.frame(Buffer.from(payload), { fin: true, opcode: 2, mask: false, readOnly: true, rsv1: false }));
    expect(frameBinary(payload).equals(ws)).toBe(true);
  });
});

describe('WsCollabSocket on real sockets', () => {
  let server: WebSocketServer | null = null;
  const clients: WebSocket[] = [];

  afterEach(async () => {
    for (const c of clients.splice(0)) c.terminate();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
  });

  /** A server with `count` connected clients; each client collects the messages it gets. */
  async function connect(count: number, perMessageDeflate = false): Promise<{ peers: WebSocket[]; received: Buffer[][] }> {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate });
    await new Promise((resolve) => server!.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const peers: WebSocket[] = [];
    server.on('connection', (ws) => peers.push(ws));
    const received: Buffer[][] = [];
    for (let i = 0; i < count; i++) {
      const client = new WebSocket(`ws://127.0.0.1:${port}`);
      const got: Buffer[] = [];
      received.push(got);
      client.on('message', (data) => got.push(data as Buffer));
      clients.push(client);
      await new Promise((resolve) => client.once('open', resolve));
    }
    while (peers.length < count) await new Promise((r) => setTimeout(r, 5));
    return { peers, received };
  }

  async function until(check: () => boolean): Promise<void> {
    for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  }

  it('delivers one payload to every peer, every size intact and in order with ws.send', async () => {
    const { peers, received } = await connect(3);
    const sent: Uint8Array[] = [];
    for (const size of SIZES) {
      const payload = bytes(size, sent.length);
      sent.push(payload);
      for (const peer of peers) new WsCollabSocket(peer).send(payload);
      // ws's own send in between: both write to the same socket, in call order.
      const own = bytes(7, 100 + sent.length);
      sent.push(own);
      for (const peer of peers) peer.send(own);
    }
    await until(() => received.every((got) => got.length === sent.length));
    for (const got of received) {
      expect(got.map((b) => Buffer.from(b).toString('hex'))).toEqual(sent.map((p) => Buffer.from(p).toString('hex')));
    }
  });

  it('sends nothing on a socket that is closing, and the others still get it', async () => {
    const { peers, received } = await connect(2);
    peers[0].close(1000, 'bye');
    // The client ignores data after a close frame, so what reaches the socket is counted too.
    const socket = (peers[0] as unknown as { _socket: { bytesWritten: number } })._socket;
    const writtenAtClose = socket.bytesWritten;
    const payload = bytes(10, 1);
    expect(() => peers.forEach((p) => new WsCollabSocket(p).send(payload))).not.toThrow();
    expect(socket.bytesWritten).toBe(writtenAtClose);
    await until(() => received[1].length === 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(received[0]).toHaveLength(0);
    expect(received[1]).toHaveLength(1);
  });

  it('reports open state and buffered bytes, and closes with the code given', async () => {
    const { peers } = await connect(1);
    const socket = new WsCollabSocket(peers[0]);
    expect(socket.isOpen).toBe(true);
    expect(socket.bufferedAmount).toBe(0);
    const closed = new Promise<number>((resolve) => clients[0].once('close', resolve));
    socket.close(4403, 'role changed');
    expect(socket.isOpen).toBe(false);
    expect(await closed).toBe(4403);
  });

  it('falls back to ws.send where permessage-deflate was agreed (ws may hold frames back there)', async () => {
    const { peers, received } = await connect(1, true);
    expect(peers[0].extensions).toContain('permessage-deflate');
    // ws compresses its own sends on a thread pool: a frame written past it would overtake them.
    const sent = [new Uint8Array(70_000).fill(1), bytes(5, 2), new Uint8Array(20_000).fill(3), bytes(300, 4)];
    const socket = new WsCollabSocket(peers[0]);
    sent.forEach((payload, i) => (i % 2 === 0 ? peers[0].send(payload) : socket.send(payload)));
    await until(() => received[0].length === sent.length);
    expect(received[0].map((b) => Buffer.from(b).toString('hex'))).toEqual(sent.map((p) => Buffer.from(p).toString('hex')));
  });
});
