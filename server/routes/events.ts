// `GET /api/yearbooks/:id/events`: the outline's live server-sent events. Each event's `id:` is
// the outline version; a reconnecting page (Last-Event-ID or ?since=) first gets what it missed
// from the event log, or one `reload` event when that is too much. Opened by the outline page only.
import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { OutlineEvent } from '@shared/domain/types';
import { IdParamSchema } from '@shared/validation/common';
import { EventsQuerySchema } from '@shared/validation/events';
import { currentUser, type AppEnv } from '../middleware/context';
import { requireUser } from '../middleware/session';
import { validate } from '../middleware/validate';

/** Most missed events replayed on reconnect; beyond that the page reloads the outline. */
export const MAX_CATCH_UP_EVENTS = 500;
/** Interval of keep-alive comments, under common proxy idle timeouts (30–60 s). */
export const KEEP_ALIVE_MS = 20_000;

function parseVersion(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

async function send(stream: SSEStreamingApi, event: OutlineEvent): Promise<void> {
  await stream.writeSSE({ id: String(event.version), data: JSON.stringify(event) });
}

/** The event stream route (mounted at /api/yearbooks). */
export const eventsRoute = new Hono<AppEnv>()
  .use(requireUser)
  .get('/:id/events', validate('param', IdParamSchema), validate('query', EventsQuerySchema), async (c) => {
    const user = currentUser(c);
    const session = c.var.session;
    const { id } = c.req.valid('param');
    const { access, outline, events } = c.var.services;
    await access.yearbookFor(user, 'outline.read', id);
    const since = parseVersion(c.req.header('last-event-id')) ?? c.req.valid('query').since;

    return streamSSE(c, async (stream) => {
      const pending: OutlineEvent[] = [];
      let ended = false;
      let wake: (() => void) | null = null;
      const rouse = () => {
        wake?.();
        wake = null;
      };
      const end = () => {
        ended = true;
        rouse();
      };
      // Subscribe before reading the log, so nothing falls between catch-up and live events.
      const offs = [
        events.on('outline-changed', (p) => {
          if (p.yearbookId !== id) return;
          pending.push(p.event);
          rouse();
        }),
        events.on('membership-changed', (p) => {
          if (p.yearbookId === id && p.userId === user.id && p.role === null && !user.isAdmin) end();
        }),
        events.on('session-revoked', (p) => {
          if (p.sessionId === session?.id) end();
        }),
      ];
      stream.onAbort(end);
      try {
        let lastSent = -1;
        await stream.write(': connected\n\n');
        if (since !== undefined) {
          const current = await outline.currentVersion(id);
          const missed = since > current ? null : await outline.eventsSince(id, since, MAX_CATCH_UP_EVENTS + 1);
          if (missed === null || missed.length > MAX_CATCH_UP_EVENTS) {
            // Too far behind (or from another database): the page fetches the outline again.
            await send(stream, { type: 'reload', version: current });
            lastSent = current;
          } else {
            for (const record of missed) await send(stream, JSON.parse(record.payload) as OutlineEvent);
            lastSent = missed.at(-1)?.version ?? since;
          }
        }
        while (!ended) {
          while (pending.length > 0 && !ended) {
            const event = pending.shift()!;
            if (event.version <= lastSent) continue; // already sent during catch-up
            await send(stream, event);
            lastSent = event.version;
          }
          if (ended) break;
          const woke = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), KEEP_ALIVE_MS);
            wake = () => {
              clearTimeout(timer);
              resolve(true);
            };
          });
          if (!woke && !ended) await stream.write(': keep-alive\n\n');
        }
      } finally {
        for (const off of offs) off();
      }
    });
  });
