// `/api/yearbooks`: the caller's yearbooks, and creating one (admin).
import { Hono } from 'hono';
import { YearbookCreateSchema } from '@shared/validation/yearbooks';
import { currentUser, type AppEnv } from '../middleware/context';
import { requireGlobal } from '../middleware/requireRole';
import { requireUser } from '../middleware/session';
import { validate } from '../middleware/validate';
import { presentYearbook } from '../presenters/presentYearbook';

/** The yearbook routes. */
export const yearbooksRoute = new Hono<AppEnv>()
  .use(requireUser)
  .get('/', async (c) => {
    const rows = await c.var.services.yearbooks.listYearbooks(currentUser(c));
    return c.json({ yearbooks: rows.map((r) => presentYearbook(r.yearbook, r.myRole)) }, 200);
  })
  .post('/', requireGlobal('yearbooks.create'), validate('json', YearbookCreateSchema), async (c) => {
    const yearbook = await c.var.services.yearbooks.createYearbook(c.req.valid('json'));
    return c.json(presentYearbook(yearbook, null), 201);
  });
