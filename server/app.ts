// createApp(deps): the Hono app — middleware, the /api routes, the collab route, the built
// client with its SPA fallback, and the one error path. It never listens (main.ts does).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ApiErrorBody } from '@shared/domain/types';
import { MAX_CHECK_TEXT_CHARS } from '@shared/protocol';
import { AppError } from './errors';
import type { AppEnv, HttpSettings } from './middleware/context';
import { originMiddleware } from './middleware/origin';
import { sessionMiddleware } from './middleware/session';
import { authRoute } from './routes/auth';
import { checkRoute } from './routes/check';
import { isApiOrCollab, mountClient } from './routes/clientFiles';
import { entriesRoute } from './routes/entries';
import { eventsRoute } from './routes/events';
import { healthRoute } from './routes/health';
import { membersRoute } from './routes/members';
import { outlineRoute } from './routes/outline';
import { usersRoute } from './routes/users';
import { yearbooksRoute } from './routes/yearbooks';
import type { Services } from './services';

/** Largest JSON body the API reads (outline titles and credentials are tiny). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** `POST /api/check` takes a whole text: up to MAX_CHECK_TEXT_CHARS characters of 3 UTF-8 bytes, plus a glossary. */
export const MAX_CHECK_BODY_BYTES = MAX_CHECK_TEXT_CHARS * 3 + MAX_BODY_BYTES;

/** What the app is built from (wired in main.ts or a test). */
export interface AppDeps {
  services: Services;
  settings: HttpSettings;
  /** The collab engineer's route for GET /collab/* (WebSocket upgrades). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  collabRoute?: Hono<any>;
  /** The built client (dist/client); absent or missing → `/` explains how to build it. */
  staticDir?: string;
}

function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'body_too_large', `请求体超过 ${Math.round(maxSize / 1024 / 1024)} MiB。`);
    },
  });
}
const apiBodyLimit = limitBody(MAX_BODY_BYTES);
const checkBodyLimit = limitBody(MAX_CHECK_BODY_BYTES);

function errorBody(code: string, message: string): ApiErrorBody {
  return { error: { code, message } };
}

/** Builds the app. */
export function createApp(deps: AppDeps) {
  const api = new Hono<AppEnv>()
    .route('/health', healthRoute)
    .route('/session', authRoute)
    .route('/users', usersRoute)
    .route('/yearbooks', yearbooksRoute)
    .route('/yearbooks', membersRoute)
    .route('/yearbooks', eventsRoute)
    .route('/entries', entriesRoute)
    .route('/', outlineRoute)
    .route('/', checkRoute);

  const app = new Hono<AppEnv>()
    .use('*', async (c, next) => {
      c.set('services', deps.services);
      c.set('settings', deps.settings);
      c.set('user', null);
      c.set('session', null);
      await next();
    })
    .use(
      '/api/*',
      (c, next) => (c.req.path === '/api/check' ? checkBodyLimit(c, next) : apiBodyLimit(c, next)),
      originMiddleware,
      sessionMiddleware,
      async (c, next) => {
        await next();
        // Answers depend on the session: never let a shared cache keep them.
        if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
      },
    )
    .route('/api', api);

  if (deps.collabRoute) app.route('/collab', deps.collabRoute);

  app.notFound((c) => {
    if (isApiOrCollab(c.req.path)) return c.json(errorBody('not_found', '接口不存在。'), 404);
    return c.text('Not Found', 404);
  });

  app.onError((err, c) => {
    if (err instanceof AppError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof HTTPException) {
      // Hono's own 4xx: malformed JSON from the validator, mostly.
      const status = err.status;
      if (status === 400) return c.json(errorBody('bad_json', '请求体不是有效的 JSON。'), 400);
      if (status < 500) return c.json(errorBody('bad_request', err.message || '请求无效。'), status);
    }
    console.error(`[http] ${c.req.method} ${c.req.path} failed`, err);
    return c.json(errorBody('internal', '服务器内部错误，请稍后重试。'), 500);
  });

  mountClient(app, deps.staticDir);
  return app;
}

/** The app's type, for the typed client `hc<AppType>`. */
export type AppType = ReturnType<typeof createApp>;
