// The few Nianjian API calls the sync benchmark needs: sign in as admin, create a yearbook with a
// category, a section and D entries, and read an entry's committed text back for verification.
import type { EntryContent, OutlineNode, Yearbook } from '../../../shared/domain/types';
import { inBatches } from './sockets';

/** A signed-in API session against one server. */
export interface ApiSession {
  base: string;
  /** The Cookie header value for HTTP and the collab upgrade. */
  cookie: string;
  /** The Origin header the server accepts (its own origin). */
  origin: string;
}

async function call<T>(s: Pick<ApiSession, 'base' | 'origin'> & { cookie?: string }, method: string, path: string, body?: unknown): Promise<{ status: number; json: T; res: Response }> {
  const res = await fetch(s.base + path, {
    method,
    headers: {
      Origin: s.origin,
      ...(s.cookie ? { Cookie: s.cookie } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return { status: res.status, json: json as T, res };
}

/** Signs in as `admin` (POST /api/session) and returns the session. */
export async function signIn(port: number, password: string): Promise<ApiSession> {
  const base = `http://127.0.0.1:${port}`;
  const { res } = await call<unknown>({ base, origin: base }, 'POST', '/api/session', { username: 'admin', password });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error('POST /api/session set no cookie');
  return { base, cookie, origin: base };
}

/** Creates a yearbook with one category and section holding `count` entries; returns the entry ids. */
export async function createEntries(s: ApiSession, count: number): Promise<string[]> {
  const yb = (await call<Yearbook>(s, 'POST', '/api/yearbooks', { title: '同步基准年鉴', recordYear: 2025, placeName: '基准市', level: 'city' })).json;
  const node = async (parentId: string | null, kind: string, title: string) =>
    (await call<OutlineNode>(s, 'POST', `/api/yearbooks/${yb.id}/nodes`, { parentId, kind, title })).json;
  const category = await node(null, 'category', '综述');
  const section = await node(category.id, 'section', '基准分目');
  const entries = await inBatches(
    Array.from({ length: count }, (_, i) => i),
    8,
    (i) => node(section.id, 'entry', `基准条目${i + 1}`),
  );
  return entries.map((e) => e.id);
}

/** GET /api/entries/:id → the committed text. */
export async function readEntryText(s: ApiSession, entryId: string): Promise<string> {
  return (await call<EntryContent>(s, 'GET', `/api/entries/${entryId}`)).json.text;
}
