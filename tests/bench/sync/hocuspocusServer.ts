// The Hocuspocus reference server for the sync benchmark: @hocuspocus/server 3.4.4 with its SQLite
// extension, on our own http server bound to 127.0.0.1 (3.4.4's Server ignores `address`).
// Env: PORT, HOCUSPOCUS_DB (SQLite file path).
import { createServer } from 'node:http';
import { Hocuspocus } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT ?? 1234);
const hocuspocus = new Hocuspocus({
  quiet: true,
  extensions: [new SQLite({ database: process.env.HOCUSPOCUS_DB ?? ':memory:' })],
});

// Mirrors @hocuspocus/server's Server (setupWebsocketConnection/setupHttpUpgrade) minus the listen bug.
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (ws, request) => {
  ws.on('error', (err) => console.error('hocuspocus socket error', err));
  hocuspocus.handleConnection(ws, request);
});
const http = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hocuspocus bench');
});
http.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
http.listen(port, '127.0.0.1', () => console.log(`hocuspocus listening on 127.0.0.1:${port}`));

const stop = () => {
  // Closing the connections stores each document (its last connection left); give SQLite a moment.
  hocuspocus.closeConnections();
  http.close();
  setTimeout(() => process.exit(0), 500);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
