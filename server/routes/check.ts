// The quality checker over HTTP: `POST /api/check` (any signed-in user), an entry's findings,
// a yearbook's quality overview, and its glossary (read by members, written by editors).
import { Hono } from 'hono';
import { IdParamSchema } from '@shared/validation/common';
import { CheckRequestSchema, GlossarySchema } from '@shared/validation/check';
import { notFound } from '../errors';
import { currentUser, type AppEnv } from '../middleware/context';
import { requireUser } from '../middleware/session';
import { validate } from '../middleware/validate';

/** The checker routes, mounted under /api. */
export const checkRoute = new Hono<AppEnv>()
  // Scoped to these paths: a catch-all here would turn every unknown /api path into a 401.
  .use('/check', requireUser)
  .use('/entries/:id/findings', requireUser)
  .use('/yearbooks/:id/quality', requireUser)
  .use('/yearbooks/:id/glossary', requireUser)
  .post('/check', validate('json', CheckRequestSchema), (c) => {
    currentUser(c);
    return c.json(c.var.services.quality.checkText(c.req.valid('json')), 200);
  })
  .get('/entries/:id/findings', validate('param', IdParamSchema), async (c) => {
    const { access, quality } = c.var.services;
    const actor = currentUser(c);
    const entry = await access.nodeFor(actor, 'entry.read', c.req.valid('param').id);
    if (entry.kind !== 'entry') throw notFound('条目');
    const yearbook = await access.yearbookFor(actor, 'entry.read', entry.yearbookId);
    return c.json({ entryId: entry.id, ...(await quality.entryFindings(entry, yearbook)) }, 200);
  })
  .get('/yearbooks/:id/quality', validate('param', IdParamSchema), async (c) => {
    const { access, quality } = c.var.services;
    const yearbook = await access.yearbookFor(currentUser(c), 'yearbook.read', c.req.valid('param').id);
    return c.json(await quality.yearbookQuality(yearbook), 200);
  })
  .get('/yearbooks/:id/glossary', validate('param', IdParamSchema), async (c) => {
    const { access, quality } = c.var.services;
    // Every member's editor runs the checker in the browser with this glossary.
    const yearbook = await access.yearbookFor(currentUser(c), 'yearbook.read', c.req.valid('param').id);
    return c.json(quality.getGlossary(yearbook), 200);
  })
  .put('/yearbooks/:id/glossary', validate('param', IdParamSchema), validate('json', GlossarySchema), async (c) => {
    const { access, quality } = c.var.services;
    // Editors and chief editors maintain the outline and, with it, the names it uses.
    const yearbook = await access.yearbookFor(currentUser(c), 'outline.edit', c.req.valid('param').id);
    return c.json(await quality.setGlossary(yearbook, c.req.valid('json')), 200);
  });
