// Middleware for global (admin-only) actions, checked before the body is validated. Checks in
// a yearbook need the target's id and run in the handler through services.access.
import type { MiddlewareHandler } from 'hono';
import type { GlobalAction } from '../services/access';
import { currentUser, type AppEnv } from './context';

/** 401 when signed out, 403 unless the user may do the global action. */
export function requireGlobal(action: GlobalAction): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.var.services.access.assertGlobal(currentUser(c), action);
    await next();
  };
}
