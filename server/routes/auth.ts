// `/api/session`: sign in (sets the session cookie), who am I, sign out (revokes the session).
import { Hono } from 'hono';
import { SessionCreateSchema } from '@shared/validation/session';
import { currentUser, type AppEnv } from '../middleware/context';
import { clearSessionCookie, requireUser, setSessionCookie } from '../middleware/session';
import { validate } from '../middleware/validate';
import { presentUser } from '../presenters/presentUser';

/** The session routes. */
export const authRoute = new Hono<AppEnv>()
  .post('/', validate('json', SessionCreateSchema), async (c) => {
    const { username, password } = c.req.valid('json');
    const { token, user, session } = await c.var.services.auth.signIn(username, password);
    setSessionCookie(c, token, session.expiresAt);
    return c.json({ user: presentUser(user), expiresAt: session.expiresAt }, 200);
  })
  .get('/', requireUser, (c) => {
    const user = currentUser(c);
    return c.json({ user: presentUser(user), expiresAt: c.var.session!.expiresAt }, 200);
  })
  .delete('/', async (c) => {
    // Signing out twice, or with an expired cookie, still clears the cookie and succeeds.
    const session = c.get('session');
    if (session) await c.var.services.auth.revokeSession(session.id);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
