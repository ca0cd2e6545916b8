// Refuses mutating requests (POST, PUT, PATCH, DELETE) whose Origin is not this server's public
// origin or on the allow-list: the CSRF guard on top of SameSite=Lax cookies.
import type { MiddlewareHandler } from 'hono';
import { forbidden } from '../errors';
import type { AppEnv } from './context';
import { isOriginAllowed } from './originCheck';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The Origin check as middleware. */
export const originMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const allowed = isOriginAllowed(c.req.header('origin'), c.req.header('host'), c.var.settings);
    if (!allowed) throw forbidden('请求来源不被允许。', 'bad_origin');
  }
  await next();
};
