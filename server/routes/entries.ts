// `/api/entries/:id`: an entry's title, planned length and committed text (read-only over REST;
// the text is written through the collab socket).
import { Hono } from 'hono';
import { IdParamSchema } from '@shared/validation/common';
import { notFound } from '../errors';
import { currentUser, type AppEnv } from '../middleware/context';
import { requireUser } from '../middleware/session';
import { validate } from '../middleware/validate';
import { presentEntry } from '../presenters/presentEntry';

/** The entry routes. */
export const entriesRoute = new Hono<AppEnv>()
  .use(requireUser)
  .get('/:id', validate('param', IdParamSchema), async (c) => {
    const node = await c.var.services.access.nodeFor(currentUser(c), 'entry.read', c.req.valid('param').id);
    if (node.kind !== 'entry') throw notFound('条目');
    return c.json(presentEntry(await c.var.services.entries.readEntry(node)), 200);
  });
