// The outline (篇目): the tree of a yearbook, node creation, and per-node change, deletion to the
// recycle bin and restore. Structure rules live in services/outline; this only authorizes.
import { Hono } from 'hono';
import { IdParamSchema } from '@shared/validation/common';
import { NodeCreateSchema, NodeUpdateSchema } from '@shared/validation/nodes';
import { currentUser, type AppEnv } from '../middleware/context';
import { requireUser } from '../middleware/session';
import { validate } from '../middleware/validate';
import { presentNode, presentTrash } from '../presenters/presentOutline';

/** The outline routes (mounted at /api). */
export const outlineRoute = new Hono<AppEnv>()
  // Scoped: this sub-app is mounted at /api itself, and sign-in must stay open.
  .use('/yearbooks/*', requireUser)
  .use('/nodes/*', requireUser)
  .get('/yearbooks/:id/outline', validate('param', IdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    await c.var.services.access.yearbookFor(currentUser(c), 'outline.read', id);
    return c.json(await c.var.services.outline.getOutline(id), 200);
  })
  .post('/yearbooks/:id/nodes', validate('param', IdParamSchema), validate('json', NodeCreateSchema), async (c) => {
    const { id } = c.req.valid('param');
    await c.var.services.access.yearbookFor(currentUser(c), 'outline.edit', id);
    const node = await c.var.services.outline.createNode(id, c.req.valid('json'));
    return c.json(presentNode(node), 201);
  })
  .get('/yearbooks/:id/trash', validate('param', IdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    await c.var.services.access.yearbookFor(currentUser(c), 'outline.read', id);
    return c.json({ items: presentTrash(await c.var.services.outline.listTrash(id)) }, 200);
  })
  .patch('/nodes/:id', validate('param', IdParamSchema), validate('json', NodeUpdateSchema), async (c) => {
    const node = await c.var.services.access.nodeFor(currentUser(c), 'outline.edit', c.req.valid('param').id);
    const updated = await c.var.services.outline.updateNode(node, c.req.valid('json'));
    return c.json(presentNode(updated), 200);
  })
  .delete('/nodes/:id', validate('param', IdParamSchema), async (c) => {
    const node = await c.var.services.access.nodeFor(currentUser(c), 'outline.edit', c.req.valid('param').id);
    await c.var.services.outline.deleteNode(node);
    return c.body(null, 204);
  })
  .post('/nodes/:id/restore', validate('param', IdParamSchema), async (c) => {
    const access = c.var.services.access;
    const node = await access.nodeFor(currentUser(c), 'outline.edit', c.req.valid('param').id, { includeDeleted: true });
    const restored = await c.var.services.outline.restoreNode(node);
    return c.json(presentNode(restored), 200);
  });
