// `GET /api/health`: liveness for load balancers and the start script.
import { Hono } from 'hono';
import type { AppEnv } from '../middleware/context';

/** The health route. */
export const healthRoute = new Hono<AppEnv>().get('/', (c) => c.json({ ok: true as const }, 200));
