// Test factories for the API suites: the real app over a real temporary SQLite file (createApp +
// app.request, no listening socket), signed-in users per role, and a small yearbook outline.
import type { Role } from '@shared/domain/roles';
import type { OutlineNode } from '@shared/domain/types';
import { createApp } from '@server/app';
import type { HttpSettings } from '@server/middleware/context';
import { createServices, type Services } from '@server/services';
import { DocPersistence } from '@server/services/docPersistence';
import { DomainEvents } from '@server/services/domainEvents';
import { createStorage, type Storage } from '@server/storage';
import { SESSION_COOKIE } from '@server/middleware/session';
import { newId, newToken, sessionIdOf } from '@server/services/ids';
import { hashPassword } from '@server/services/passwords';
import { createTempDataDir } from './tempSqlite';

let hashOfTestPassword: Promise<string> | null = null;
/** The hash of TEST_PASSWORD, computed once per test file. */
function sharedHash(): Promise<string> {
  return (hashOfTestPassword ??= hashPassword(TEST_PASSWORD));
}

/** The password every factory-made account gets. */
export const TEST_PASSWORD = 'correct-horse-battery';

/** Options of a request made through the app. */
export interface RequestOptions {
  cookie?: string;
  /** JSON body (serialized), or a raw string sent as is with a JSON content type. */
  body?: unknown;
  raw?: string;
  origin?: string;
  headers?: Record<string, string>;
}

/** A running test app. */
export interface TestApp {
  app: ReturnType<typeof createApp>;
  storage: Storage;
  services: Services;
  events: DomainEvents;
  persistence: DocPersistence;
  /** Calls the app like a browser on http://nianjian.test would (Host: nianjian.test). */
  request(method: string, path: string, opts?: RequestOptions): Promise<Response>;
  /** Creates an account with TEST_PASSWORD and a live session; returns the session cookie. */
  createUser(username: string, opts?: { isAdmin?: boolean; displayName?: string }): Promise<{ id: string; cookie: string }>;
  /** Signs in through POST /api/session; returns the `name=value` cookie. */
  signIn(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the app over a fresh SQLite file. */
export async function createTestApp(
  opts: { sessionTtlHours?: number; settings?: Partial<HttpSettings>; lengthThrottleMs?: number; maxSignInFailures?: number } = {},
): Promise<TestApp> {
  const temp = await createTempDataDir('nianjian-api-');
  const storage = await createStorage({ dataDir: temp.dir });
  const events = new DomainEvents();
  // As in main.ts: lengths go to the outline service, created after persistence.
  let onLength = async (_entryId: string, _length: number): Promise<void> => {};
  const persistence = new DocPersistence({ storage, onLengthChanged: (id, len) => onLength(id, len) });
  const services = createServices({
    storage,
    events,
    sessionTtlHours: opts.sessionTtlHours ?? 24,
    readEntryText: (id) => persistence.readEntryText(id),
    lengthThrottleMs: opts.lengthThrottleMs ?? 0,
    maxSignInFailures: opts.maxSignInFailures,
  });
  onLength = (id, len) => services.outline.recordWrittenLength(id, len);
  const app = createApp({
    services,
    settings: { allowedOrigins: [], sessionTtlHours: opts.sessionTtlHours ?? 24, secureCookies: false, ...opts.settings },
  });

  const request: TestApp['request'] = (method, path, o = {}) => {
    const headers: Record<string, string> = { host: 'nianjian.test', ...o.headers };
    if (o.cookie) headers.cookie = o.cookie;
    if (o.origin) headers.origin = o.origin;
    let body: string | undefined;
    if (o.raw !== undefined) body = o.raw;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    return Promise.resolve(app.request(`http://nianjian.test${path}`, { method, headers, body }));
  };

  async function signIn(username: string, password = TEST_PASSWORD): Promise<string> {
    const res = await request('POST', '/api/session', { body: { username, password } });
    if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
    const setCookie = res.headers.get('set-cookie') ?? '';
    return setCookie.split(';')[0];
  }

  return {
    app,
    storage,
    services,
    events,
    persistence,
    request,
    signIn,
    async createUser(username, o = {}) {
      // Straight to storage with one shared hash and a fresh session: scrypt per account would make
      // every seeded suite seconds slower. Sign-in itself is covered through the API in session.test.ts.
      const id = newId();
      await storage.users.create({
        id,
        username: username.toLowerCase(),
        displayName: o.displayName ?? username,
        passwordHash: await sharedHash(),
        isAdmin: o.isAdmin ?? false,
        createdAt: new Date().toISOString(),
      });
      const token = newToken();
      const now = Date.now();
      await storage.sessions.create({
        id: sessionIdOf(token),
        userId: id,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + (opts.sessionTtlHours ?? 24) * 3600_000).toISOString(),
        revokedAt: null,
      });
      return { id, cookie: `${SESSION_COOKIE}=${token}` };
    },
    async close() {
      services.auth.close();
      await services.outline.close();
      await persistence.flush();
      await storage.close();
      await temp.remove();
    },
  };
}

/** Every yearbook role plus the callers without one. */
export type Caller = 'anonymous' | 'non-member' | 'admin' | Role;

/** A yearbook with one member per role and a small outline (类目 › 分目 › 条目). */
export interface SeededYearbook {
  yearbookId: string;
  categoryId: string;
  sectionId: string;
  entryId: string;
  /** Cookies by caller (anonymous has none). */
  cookies: Record<Exclude<Caller, 'anonymous'>, string>;
  userIds: Record<Exclude<Caller, 'anonymous'>, string>;
}

/** Seeds a yearbook through the API as the admin. */
export async function seedYearbook(t: TestApp): Promise<SeededYearbook> {
  const callers = ['non-member', 'admin', 'chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'] as const;
  const cookies = {} as SeededYearbook['cookies'];
  const userIds = {} as SeededYearbook['userIds'];
  for (const caller of callers) {
    const username = caller.replace('-', '_') + Math.random().toString(36).slice(2, 8);
    const { id, cookie } = await t.createUser(username, { isAdmin: caller === 'admin' });
    cookies[caller] = cookie;
    userIds[caller] = id;
  }
  const admin = cookies.admin;
  const yb = await json<{ id: string }>(
    await t.request('POST', '/api/yearbooks', { cookie: admin, body: { title: '成都年鉴（2024）', recordYear: 2023, placeName: '成都市' } }),
    201,
  );
  for (const role of ['chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'] as const) {
    await json(await t.request('PUT', `/api/yearbooks/${yb.id}/members/${userIds[role]}`, { cookie: admin, body: { role } }), 200);
  }
  const node = async (parentId: string | null, kind: string, title: string) =>
    json<OutlineNode>(await t.request('POST', `/api/yearbooks/${yb.id}/nodes`, { cookie: admin, body: { parentId, kind, title } }), 201);
  const category = await node(null, 'category', '城市建设');
  const section = await node(category.id, 'section', '交通');
  const entry = await node(section.id, 'entry', '地铁建设');
  return { yearbookId: yb.id, categoryId: category.id, sectionId: section.id, entryId: entry.id, cookies, userIds };
}

/** Reads a JSON body after checking the status (the body is shown when it differs). */
export async function json<T = unknown>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
