// The authorization matrix: every route × every kind of caller, with the expected status written
// out here (not derived from services/access.ts, or this test could not catch a wrong policy).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedYearbook, type Caller, type SeededYearbook, type TestApp } from '../helpers/factories';

const CALLERS: Caller[] = ['anonymous', 'non-member', 'admin', 'chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'];

/** Expected statuses per caller, written as: who gets `ok`; everyone else signed in gets `denied`. */
function expect_(ok: number, allowed: Caller[] | 'all-signed-in' | 'everyone', denied = 403): Record<Caller, number> {
  const out = {} as Record<Caller, number>;
  for (const c of CALLERS) {
    if (allowed === 'everyone') out[c] = ok;
    else if (c === 'anonymous') out[c] = 401;
    else if (allowed === 'all-signed-in' || allowed.includes(c)) out[c] = ok;
    else out[c] = denied;
  }
  return out;
}

const MEMBERS: Caller[] = ['admin', 'chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'];
const MANAGERS: Caller[] = ['admin', 'chief-editor'];
const OUTLINE_EDITORS: Caller[] = ['admin', 'chief-editor', 'editor'];

let t: TestApp;
let s: SeededYearbook;
let counter = 0;

/** One row of the matrix: a request (built fresh per caller, after any setup) and the statuses. */
interface Row {
  name: string;
  expected: Record<Caller, number>;
  request(): Promise<{ method: string; path: string; body?: unknown }>;
}

const ROWS: Row[] = [
  { name: 'GET /api/health', expected: expect_(200, 'everyone'), request: async () => ({ method: 'GET', path: '/api/health' }) },
  { name: 'GET /api/session', expected: expect_(200, 'all-signed-in'), request: async () => ({ method: 'GET', path: '/api/session' }) },
  { name: 'GET /api/users', expected: expect_(200, ['admin', 'chief-editor']), request: async () => ({ method: 'GET', path: '/api/users' }) },
  {
    name: 'POST /api/users',
    expected: expect_(201, ['admin']),
    request: async () => ({ method: 'POST', path: '/api/users', body: { username: `new${++counter}`, password: 'a-long-password', displayName: '新用户' } }),
  },
  { name: 'GET /api/yearbooks', expected: expect_(200, 'all-signed-in'), request: async () => ({ method: 'GET', path: '/api/yearbooks' }) },
  {
    name: 'POST /api/yearbooks',
    expected: expect_(201, ['admin']),
    request: async () => ({ method: 'POST', path: '/api/yearbooks', body: { title: '青白江年鉴', recordYear: 2023, placeName: '成都市青白江区', level: 'county' } }),
  },
  {
    name: 'GET /api/yearbooks/:id/members',
    expected: expect_(200, MEMBERS),
    request: async () => ({ method: 'GET', path: `/api/yearbooks/${s.yearbookId}/members` }),
  },
  {
    name: 'PUT /api/yearbooks/:id/members/:userId',
    expected: expect_(200, MANAGERS),
    request: async () => {
      const { id } = await t.createUser(`spare${++counter}`);
      return { method: 'PUT', path: `/api/yearbooks/${s.yearbookId}/members/${id}`, body: { role: 'reviewer' } };
    },
  },
  {
    name: 'DELETE /api/yearbooks/:id/members/:userId',
    expected: expect_(204, MANAGERS),
    request: async () => {
      const { id } = await t.createUser(`spare${++counter}`);
      await t.services.members.setRole(s.yearbookId, id, 'inspector');
      return { method: 'DELETE', path: `/api/yearbooks/${s.yearbookId}/members/${id}` };
    },
  },
  {
    name: 'GET /api/yearbooks/:id/outline',
    expected: expect_(200, MEMBERS),
    request: async () => ({ method: 'GET', path: `/api/yearbooks/${s.yearbookId}/outline` }),
  },
  {
    name: 'POST /api/yearbooks/:id/nodes',
    expected: expect_(201, OUTLINE_EDITORS),
    request: async () => ({ method: 'POST', path: `/api/yearbooks/${s.yearbookId}/nodes`, body: { parentId: s.sectionId, kind: 'entry', title: '新条目' } }),
  },
  {
    name: 'PATCH /api/nodes/:id',
    expected: expect_(200, OUTLINE_EDITORS),
    request: async () => ({ method: 'PATCH', path: `/api/nodes/${s.entryId}`, body: { title: `地铁建设 ${++counter}` } }),
  },
  {
    name: 'DELETE /api/nodes/:id',
    expected: expect_(204, OUTLINE_EDITORS),
    request: async () => {
      const node = await t.services.outline.createNode(s.yearbookId, { parentId: s.sectionId, kind: 'entry', title: '待删' });
      return { method: 'DELETE', path: `/api/nodes/${node.id}` };
    },
  },
  {
    name: 'GET /api/yearbooks/:id/trash',
    expected: expect_(200, MEMBERS),
    request: async () => ({ method: 'GET', path: `/api/yearbooks/${s.yearbookId}/trash` }),
  },
  {
    name: 'POST /api/nodes/:id/restore',
    expected: expect_(200, OUTLINE_EDITORS),
    request: async () => {
      const node = await t.services.outline.createNode(s.yearbookId, { parentId: s.sectionId, kind: 'entry', title: '待恢复' });
      await t.services.outline.deleteNode(node);
      return { method: 'POST', path: `/api/nodes/${node.id}/restore` };
    },
  },
  {
    name: 'GET /api/yearbooks/:id/events',
    expected: expect_(200, MEMBERS),
    request: async () => ({ method: 'GET', path: `/api/yearbooks/${s.yearbookId}/events` }),
  },
  { name: 'GET /api/entries/:id', expected: expect_(200, MEMBERS), request: async () => ({ method: 'GET', path: `/api/entries/${s.entryId}` }) },
  // The quality checker's routes (server/routes/check.ts).
  {
    name: 'POST /api/check',
    expected: expect_(200, 'all-signed-in'),
    request: async () => ({ method: 'POST', path: '/api/check', body: { text: '2023年，全市地区生产总值增长6%。', recordYear: 2023 } }),
  },
  { name: 'GET /api/entries/:id/findings', expected: expect_(200, MEMBERS), request: async () => ({ method: 'GET', path: `/api/entries/${s.entryId}/findings` }) },
  { name: 'GET /api/yearbooks/:id/quality', expected: expect_(200, MEMBERS), request: async () => ({ method: 'GET', path: `/api/yearbooks/${s.yearbookId}/quality` }) },
  { name: 'GET /api/yearbooks/:id/glossary', expected: expect_(200, MEMBERS), request: async () => ({ method: 'GET', path: `/api/yearbooks/${s.yearbookId}/glossary` }) },
  {
    name: 'PUT /api/yearbooks/:id/glossary',
    expected: expect_(200, OUTLINE_EDITORS),
    request: async () => ({ method: 'PUT', path: `/api/yearbooks/${s.yearbookId}/glossary`, body: { terms: [{ full: '成都市青白江区', abbreviations: ['青白江区'] }] } }),
  },
  // Unknown ids: 404 for anyone signed in (members or not), 401 before that.
  { name: 'GET /api/yearbooks/unknown/outline', expected: expect_(404, 'all-signed-in'), request: async () => ({ method: 'GET', path: '/api/yearbooks/noSuchYearbook/outline' }) },
  { name: 'GET /api/yearbooks/unknown/members', expected: expect_(404, 'all-signed-in'), request: async () => ({ method: 'GET', path: '/api/yearbooks/noSuchYearbook/members' }) },
  {
    name: 'PUT /api/yearbooks/:id/members/unknown',
    expected: { ...expect_(403, []), admin: 404, 'chief-editor': 404 },
    request: async () => ({ method: 'PUT', path: `/api/yearbooks/${s.yearbookId}/members/noSuchUser`, body: { role: 'editor' } }),
  },
  { name: 'PATCH /api/nodes/unknown', expected: expect_(404, 'all-signed-in'), request: async () => ({ method: 'PATCH', path: '/api/nodes/noSuchNode', body: { title: 'x' } }) },
  { name: 'DELETE /api/nodes/unknown', expected: expect_(404, 'all-signed-in'), request: async () => ({ method: 'DELETE', path: '/api/nodes/noSuchNode' }) },
  { name: 'POST /api/nodes/unknown/restore', expected: expect_(404, 'all-signed-in'), request: async () => ({ method: 'POST', path: '/api/nodes/noSuchNode/restore' }) },
  { name: 'GET /api/entries/unknown', expected: expect_(404, 'all-signed-in'), request: async () => ({ method: 'GET', path: '/api/entries/noSuchEntry' }) },
  { name: 'GET /api/yearbooks/unknown/events', expected: expect_(404, 'all-signed-in'), request: async () => ({ method: 'GET', path: '/api/yearbooks/noSuchYearbook/events' }) },
  // Last: signing out ends the caller's session (and is harmless without one).
  { name: 'DELETE /api/session', expected: expect_(204, 'everyone'), request: async () => ({ method: 'DELETE', path: '/api/session' }) },
];

beforeAll(async () => {
  t = await createTestApp();
  s = await seedYearbook(t);
});
afterAll(async () => t.close());

describe('authorization matrix', () => {
  for (const row of ROWS) {
    it(row.name, async () => {
      const actual = {} as Record<Caller, number>;
      for (const caller of CALLERS) {
        const { method, path, body } = await row.request();
        const res = await t.request(method, path, { cookie: caller === 'anonymous' ? undefined : s.cookies[caller], body });
        actual[caller] = res.status;
        await res.body?.cancel(); // event streams never end on their own
      }
      expect(actual).toEqual(row.expected);
    });
  }

  it('collab authorizeEntry follows the same table', async () => {
    const rights: Record<string, string> = {};
    for (const caller of CALLERS.filter((c): c is Exclude<Caller, 'anonymous'> => c !== 'anonymous')) {
      rights[caller] = await t.services.access.authorizeEntry(s.userIds[caller], s.entryId);
    }
    expect(rights).toEqual({
      'non-member': 'none',
      admin: 'write',
      'chief-editor': 'write',
      editor: 'write',
      contributor: 'write',
      reviewer: 'read',
      inspector: 'read',
    });
    expect(await t.services.access.authorizeEntry(s.userIds.editor, s.sectionId)).toBe('missing');
    expect(await t.services.access.authorizeEntry(s.userIds.editor, 'noSuchEntry')).toBe('missing');
  });
});
