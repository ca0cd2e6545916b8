// The bare reference editor for the editor benchmark: builds tests/bench/client/bareEditor with
// Vite into dist/bench-bare-editor (never part of the production client), serves it over loopback
// and starts the stock y-websocket server (@y/websocket-server) for it to sync through.
import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PAGE_SOURCE = join(import.meta.dirname, 'bareEditor');
const OUT_DIR = join(ROOT, 'dist', 'bench-bare-editor');
const WS_SERVER = join(ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** The running reference: its page origin and y-websocket server. */
export interface BareReference {
  /** The page URL for one user of one room. */
  pageUrl(room: string, user: string): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function serveStatic(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function startWebsocketServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WS_SERVER], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`y-websocket server exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('running at')) resolve();
    });
  });
  return child;
}

/** Builds the bare page (production mode, like dist/client) and starts its two servers. */
export async function startBareReference(): Promise<BareReference> {
  await build({
    root: PAGE_SOURCE,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  });
  const http = await serveStatic(OUT_DIR);
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const wsPort = await freePort();
  const ws = await startWebsocketServer(wsPort);
  return {
    pageUrl: (room, user) => `${origin}/?${new URLSearchParams({ ws: `ws://127.0.0.1:${wsPort}`, room, user })}`,
    async stop() {
      ws.kill();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
