// The Hono glue alone: `GET /collab/<kind>/<id>` upgrades with @hono/node-server's own
// `upgradeWebSocket` (honojs/middleware node-ws README deprecates @hono/node-ws for it), admits or
// refuses at open, and hands binary frames from the ws socket underneath to the connection.
import { upgradeWebSocket } from '@hono/node-server';
import { CLOSE_CODES, SCHEMA_VERSION_PARAM } from '@shared/protocol';
import { Hono } from 'hono';
import type { WebSocket } from 'ws';
import type { Admission, UpgradeRequestInfo } from './admission';
import type { CollabConnection, CollabSocket } from './CollabConnection';
import { WsCollabSocket } from './wsFrames';

/** What the route calls: decide at the upgrade, open the connection once the socket is there. */
export interface UpgradeHandlers {
  admit(info: UpgradeRequestInfo): Promise<Admission>;
  open(admission: Extract<Admission, { ok: true }>, socket: CollabSocket): CollabConnection;
}

/** A binary frame as ws delivers it (nodebuffer, arraybuffer or fragments) as bytes. */
function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** The `/collab` sub-app (mount with `app.route('/collab', route)`). */
export function createUpgradeRoute(handlers: UpgradeHandlers): Hono {
  const route = new Hono();
  const handler = upgradeWebSocket(async (c) => {
    const kind = c.req.param('kind');
    const id = c.req.param('id');
    const admission = await handlers.admit({
      docName: kind && id ? `${kind}/${id}` : '',
      cookie: c.req.header('cookie'),
      origin: c.req.header('origin'),
      host: c.req.header('host'),
      schemaParam: c.req.query(SCHEMA_VERSION_PARAM),
    });
    let conn: CollabConnection | null = null;
    return {
      onOpen(_evt, ws) {
        if (!admission.ok) {
          ws.close(admission.code, admission.reason);
          return;
        }
        const raw = ws.raw as WebSocket;
        const connection = handlers.open(admission, new WsCollabSocket(raw));
        conn = connection;
        // Frames straight from ws: Hono's onMessage wraps each in a MessageEvent over a copied
        // ArrayBuffer (about 10 µs per frame in the sync benchmark). Hono calls onOpen as soon as
        // the socket exists, in the same task, so no frame can reach Hono's start-up buffer first.
        raw.on('message', (data, isBinary) => {
          try {
            if (!isBinary) {
              connection.close(CLOSE_CODES.BAD_MESSAGE, 'text frames are not part of the protocol');
              return;
            }
            connection.handleFrame(toBytes(data));
          } catch (err) {
            // handleFrame closes on bad input itself; this is the net under everything else (an
            // exception here would surface inside ws's socket handler).
            console.error(`[collab] ${connection.docName}: handling a frame failed; closing`, err);
            connection.close(CLOSE_CODES.BAD_MESSAGE, 'server error');
          }
        });
      },
      onClose() {
        conn?.handleClosed();
      },
    };
  });
  route.get('/:kind/:id', handler);
  // Any other path under /collab is still accepted and closed, so the client stops retrying.
  route.get('*', handler);
  return route;
}
