// `/api/users`: accounts, created by an admin; listed for admins and chief editors (to add members).
import { Hono } from 'hono';
import { UserCreateSchema } from '@shared/validation/users';
import { currentUser, type AppEnv } from '../middleware/context';
import { requireGlobal } from '../middleware/requireRole';
import { requireUser } from '../middleware/session';
import { validate } from '../middleware/validate';
import { presentUser } from '../presenters/presentUser';

/** The user routes. */
export const usersRoute = new Hono<AppEnv>()
  .use(requireUser)
  .get('/', async (c) => {
    await c.var.services.access.assertMayListUsers(currentUser(c));
    const users = await c.var.services.users.listUsers();
    return c.json({ users: users.map(presentUser) }, 200);
  })
  .post('/', requireGlobal('users.manage'), validate('json', UserCreateSchema), async (c) => {
    const input = c.req.valid('json');
    const user = await c.var.services.users.createUser(input, { isAdmin: input.isAdmin ?? false });
    return c.json(presentUser(user), 201);
  });
