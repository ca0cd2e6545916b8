// The collab server's public surface: `createCollab(deps)` wires the y-websocket endpoint (route +
// ws server) over the hooks main.ts chooses (ueberdosis/hocuspocus packages/server/src/index.ts).
import { MAX_FRAME_BYTES } from '@shared/protocol';
import type { Hono } from 'hono';
import { WebSocketServer } from 'ws';
import type { DomainEvents } from '@server/services/domainEvents';
import { admit } from './admission';
import { CollabConnection } from './CollabConnection';
import { ConnectionRegistry } from './ConnectionRegistry';
import { DocRegistry } from './DocRegistry';
import type { CollabAuthHooks, CollabPersistenceHooks } from './hooks';
import { createUpgradeRoute } from './upgrade';

export type { CollabAuth, CollabAuthHooks, CollabPersistenceHooks, EntryAccess } from './hooks';

/** Everything the collab server needs, chosen in main.ts. */
export interface CollabDeps extends CollabAuthHooks {
  /** Durable document storage (services/docPersistence.ts). */
  persistence: CollabPersistenceHooks;
  /** Domain events: session revocation, membership changes, deleted entries. */
  events: DomainEvents;
  /** SCHEMA_VERSION from shared/schema; a client sending another one is told to reload. */
  schemaVersion: number;
  /** How long a document without connections stays loaded (ms, default 30 s). */
  unloadDelayMs?: number;
  /** Interval of WebSocket pings that find dead peers (ms, default 30 s). */
  heartbeatMs?: number;
}

/** The running collab server. */
export interface Collab {
  /** Handles GET /collab/*; mount with `app.route('/collab', route)`. */
  route: Hono;
  /** Pass as `serve({ fetch, websocket: { server: wss } })`; maxPayload = MAX_FRAME_BYTES. */
  wss: WebSocketServer;
  /** The open connections (for tests and diagnostics). */
  connections: ConnectionRegistry;
  /** Closes every socket (1001, clients reconnect), flushes persistence, unloads documents. */
  close(): Promise<void>;
}

/** Creates the collab server. */
export function createCollab(deps: CollabDeps): Collab {
  // No permessage-deflate: relays write ready frames to the sockets (wsFrames.ts).
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  const docs = new DocRegistry(deps.persistence, { unloadDelayMs: deps.unloadDelayMs ?? 30_000 });
  const connections = new ConnectionRegistry();
  const unwatch = connections.watch(deps.events, (userId, entryId) => deps.authorize(userId, entryId));

  const route = createUpgradeRoute({
    admit: (info) => admit(info, deps, deps.schemaVersion),
    open(admission, socket) {
      const conn = new CollabConnection(socket, admission);
      connections.add(conn);
      void docs.join(conn);
      return conn;
    },
  });

  // ws-level pings find peers that vanished without a close (the client's own watchdog needs
  // a message every 30 s, which awareness renewals provide).
  const alive = new WeakSet<object>();
  wss.on('connection', (ws) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  });
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, deps.heartbeatMs ?? 30_000);
  heartbeat.unref();

  return {
    route,
    wss,
    connections,
    async close() {
      clearInterval(heartbeat);
      unwatch();
      await docs.close(1001, 'server shutting down');
    },
  };
}
