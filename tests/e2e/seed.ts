// Data for the browser suites, made through the real server's API as the admin (faster than
// clicking, and the clicking is what the suites test elsewhere).
import type { NodeKind, Role } from '@shared/domain/roles';
import type { OutlineNode, User, Yearbook } from '@shared/domain/types';
import { ADMIN_PASSWORD, type SpawnedServer } from '../helpers/startServer';

/** The password of every seeded account. */
export const SEED_PASSWORD = 'seed-password-1';

/** The admin's session cookie. */
export function adminCookie(server: SpawnedServer): Promise<string> {
  return server.signIn('admin', ADMIN_PASSWORD);
}

async function ok<T>(server: SpawnedServer, cookie: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await server.api<T>(method, path, { cookie, body });
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Creates an account (password SEED_PASSWORD). */
export async function seedUser(server: SpawnedServer, cookie: string, username: string, displayName: string): Promise<User> {
  const body = await ok<User | { user: User }>(server, cookie, 'POST', '/api/users', { username, displayName, password: SEED_PASSWORD });
  return 'user' in body ? body.user : body;
}

/** Creates a yearbook. */
export async function seedYearbook(server: SpawnedServer, cookie: string, title: string): Promise<Yearbook> {
  const body = await ok<Yearbook | { yearbook: Yearbook }>(server, cookie, 'POST', '/api/yearbooks', {
    title,
    recordYear: 2023,
    placeName: '成都市青白江区',
    level: 'county',
  });
  return 'yearbook' in body ? body.yearbook : body;
}

/** Gives a user a role in a yearbook. */
export async function seedMember(server: SpawnedServer, cookie: string, yearbookId: string, userId: string, role: Role): Promise<void> {
  await ok(server, cookie, 'PUT', `/api/yearbooks/${yearbookId}/members/${userId}`, { role });
}

/** Adds an outline node. */
export async function seedNode(
  server: SpawnedServer,
  cookie: string,
  yearbookId: string,
  parentId: string | null,
  kind: NodeKind,
  title: string,
  plannedLength?: number,
): Promise<OutlineNode> {
  const body = await ok<OutlineNode | { node: OutlineNode }>(server, cookie, 'POST', `/api/yearbooks/${yearbookId}/nodes`, {
    parentId,
    kind,
    title,
    ...(plannedLength !== undefined ? { plannedLength } : {}),
  });
  return 'node' in body ? body.node : body;
}
