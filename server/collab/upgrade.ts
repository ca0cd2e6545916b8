// The Hono glue alone: `GET /collab/<kind>/<id>` upgrades with @hono/node-server's own
// `upgradeWebSocket` (honojs/middleware node-ws README deprecates @hono/node-ws for it), admits or
// refuses at open, and hands binary frames to the connection.
import { upgradeWebSocket } from '@hono/node-server';
import { CLOSE_CODES, SCHEMA_VERSION_PARAM } from '@shared/protocol';
import { Hono } from 'hono';
import type { Admission, UpgradeRequestInfo } from './admission';
import type { CollabConnection, CollabSocket } from './CollabConnection';

/** What the route calls: decide at the upgrade, open the connection once the socket is there. */
export interface UpgradeHandlers {
  admit(info: UpgradeRequestInfo): Promise<Admission>;
  open(admission: Extract<Admission, { ok: true }>, socket: CollabSocket): CollabConnection;
}

const OPEN = 1;

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
        conn = handlers.open(admission, {
          send: (frame) => ws.send(frame as Uint8Array<ArrayBuffer>),
          close: (code, reason) => ws.close(code, reason),
          get isOpen() {
            return ws.readyState === OPEN;
          },
          get bufferedAmount() {
            return (ws.raw as { bufferedAmount?: number } | undefined)?.bufferedAmount ?? 0;
          },
        });
      },
      onMessage(evt) {
        if (!conn) return;
        if (!(evt.data instanceof ArrayBuffer)) {
          conn.close(CLOSE_CODES.BAD_MESSAGE, 'text frames are not part of the protocol');
          return;
        }
        conn.handleFrame(new Uint8Array(evt.data));
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
