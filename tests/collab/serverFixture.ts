// A yearbook on the real spawned server, built through the public API only: an admin creates
// users, a yearbook, a category → section → entry, and gives roles.
import type { Role } from '@shared/domain/roles';
import type { OutlineNode, User, Yearbook } from '@shared/domain/types';
import { ADMIN_PASSWORD, type SpawnedServer } from '../helpers/startServer';

/** Signed-in users of the fixture, by role. */
export interface ServerFixture {
  yearbookId: string;
  entryId: string;
  adminCookie: string;
  users: Record<'editorA' | 'editorB' | 'reviewer' | 'outsider', { id: string; cookie: string; displayName: string }>;
}

const PASSWORD = 'user-password-1234';

function expectStatus(res: { status: number; body: unknown }, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
}

/** Builds the fixture on `server`. */
export async function createServerFixture(server: SpawnedServer): Promise<ServerFixture> {
  const adminCookie = await server.signIn('admin', ADMIN_PASSWORD);
  const yb = await server.api<Yearbook>('POST', '/api/yearbooks', {
    cookie: adminCookie,
    body: { title: '测试年鉴', recordYear: 2023, placeName: '测试市', level: 'city' },
  });
  expectStatus(yb, 201, 'create yearbook');
  const yearbookId = yb.body.id;

  const node = async (parentId: string | null, kind: string, title: string) => {
    const res = await server.api<OutlineNode>('POST', `/api/yearbooks/${yearbookId}/nodes`, {
      cookie: adminCookie,
      body: { parentId, kind, title },
    });
    expectStatus(res, 201, `create ${kind}`);
    return res.body.id;
  };
  const category = await node(null, 'category', '综述');
  const section = await node(category, 'section', '概况');
  const entryId = await node(section, 'entry', '地理位置');

  const makeUser = async (username: string, displayName: string, role: Role | null) => {
    const res = await server.api<User>('POST', '/api/users', { cookie: adminCookie, body: { username, password: PASSWORD, displayName } });
    expectStatus(res, 201, `create user ${username}`);
    if (role) {
      const m = await server.api('PUT', `/api/yearbooks/${yearbookId}/members/${res.body.id}`, { cookie: adminCookie, body: { role } });
      if (m.status >= 300) throw new Error(`member ${username}: HTTP ${m.status} ${JSON.stringify(m.body)}`);
    }
    return { id: res.body.id, cookie: await server.signIn(username, PASSWORD), displayName };
  };
  return {
    yearbookId,
    entryId,
    adminCookie,
    users: {
      editorA: await makeUser('editor-a', '编辑甲', 'editor'),
      editorB: await makeUser('editor-b', '编辑乙', 'contributor'),
      reviewer: await makeUser('reviewer', '审稿人丙', 'reviewer'),
      outsider: await makeUser('outsider', '外人丁', null),
    },
  };
}
