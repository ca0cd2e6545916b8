// `/api/yearbooks/:id/members`: who works on a yearbook and in which role. Members read the list;
// an admin or the chief editor changes it.
import { Hono } from 'hono';
import { IdParamSchema } from '@shared/validation/common';
import { MemberParamSchema, MemberPutSchema } from '@shared/validation/members';
import { currentUser, type AppEnv } from '../middleware/context';
import { requireUser } from '../middleware/session';
import { validate } from '../middleware/validate';
import { presentMember } from '../presenters/presentMember';

/** The member routes (mounted at /api/yearbooks). */
export const membersRoute = new Hono<AppEnv>()
  .use(requireUser)
  .get('/:id/members', validate('param', IdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    await c.var.services.access.yearbookFor(currentUser(c), 'members.read', id);
    const members = await c.var.services.members.listMembers(id);
    return c.json({ members: members.map(presentMember) }, 200);
  })
  .put('/:id/members/:userId', validate('param', MemberParamSchema), validate('json', MemberPutSchema), async (c) => {
    const { id, userId } = c.req.valid('param');
    await c.var.services.access.yearbookFor(currentUser(c), 'members.manage', id);
    const member = await c.var.services.members.setRole(id, userId, c.req.valid('json').role);
    return c.json(presentMember(member), 200);
  })
  .delete('/:id/members/:userId', validate('param', MemberParamSchema), async (c) => {
    const { id, userId } = c.req.valid('param');
    await c.var.services.access.yearbookFor(currentUser(c), 'members.manage', id);
    await c.var.services.members.removeMember(id, userId);
    return c.body(null, 204);
  });
