// The composed server (main.ts startServer) end to end: REST and the collab socket share sessions
// and the access policy; typed text comes back over REST and as the outline's written length;
// sign-out and deletion close the editor's socket with the shared codes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@shared/protocol';
import { SCHEMA_VERSION } from '@shared/schema';
import type { EntryContent, OutlineNode, OutlineResponse } from '@shared/domain/types';
import { loadConfig } from '@server/config';
import { startServer, type RunningServer } from '@server/main';
import { appendParagraph, connectProvider, waitFor, waitSynced } from '../helpers/collabClient';

let running: RunningServer;
let dir: string;
let base: string;

async function call<T>(method: string, path: string, cookie?: string, body?: unknown): Promise<{ status: number; body: T; res: Response }> {
  const res = await fetch(base + path, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), origin: base },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, res };
}

async function signIn(username: string, password: string): Promise<string> {
  const { status, res } = await call('POST', '/api/session', undefined, { username, password });
  expect(status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianjian-full-'));
  running = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', NIANJIAN_DATA_DIR: dir, NIANJIAN_ADMIN_PASSWORD: 'admin-password-1' }),
  );
  base = `http://127.0.0.1:${running.port}`;
});
afterAll(async () => {
  await running?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('full stack', () => {
  it('REST, collab and the outline agree on sessions, access, text and length', async () => {
    const admin = await signIn('admin', 'admin-password-1');
    const yb = (await call<{ id: string }>('POST', '/api/yearbooks', admin, { title: '年鉴', recordYear: 2023, placeName: '某市' })).body;
    const editorUser = (await call<{ id: string }>('POST', '/api/users', admin, { username: 'editor1', password: 'editor-password', displayName: '编辑一' })).body;
    await call('PUT', `/api/yearbooks/${yb.id}/members/${editorUser.id}`, admin, { role: 'editor' });
    const editor = await signIn('editor1', 'editor-password');
    const cat = (await call<OutlineNode>('POST', `/api/yearbooks/${yb.id}/nodes`, editor, { parentId: null, kind: 'category', title: '概况' })).body;
    const sec = (await call<OutlineNode>('POST', `/api/yearbooks/${yb.id}/nodes`, editor, { parentId: cat.id, kind: 'section', title: '自然地理' })).body;
    const entry = (await call<OutlineNode>('POST', `/api/yearbooks/${yb.id}/nodes`, editor, { parentId: sec.id, kind: 'entry', title: '气候' })).body;

    const p = connectProvider({ origin: base, entryId: entry.id, cookie: editor, schema: SCHEMA_VERSION });
    try {
      await waitSynced(p);
      appendParagraph(p.doc, '2023年平均气温16.8℃。');
      const expected = '2023年平均气温16.8℃。';
      const content = await waitFor(async () => {
        const r = await call<EntryContent>('GET', `/api/entries/${entry.id}`, editor);
        return r.body.text === expected ? r.body : null;
      }, 'REST text');
      expect(content!.length).toBe([...expected].length);
      await waitFor(async () => {
        const o = (await call<OutlineResponse>('GET', `/api/yearbooks/${yb.id}/outline`, editor)).body;
        return o.nodes[0].children[0].children[0].writtenLength === [...expected].length;
      }, 'written length in the outline');

      // Moving the entry to the recycle bin closes its socket with 4404.
      expect((await call('DELETE', `/api/nodes/${entry.id}`, editor)).status).toBe(204);
      await waitFor(() => p.closeCodes.includes(CLOSE_CODES.NOT_FOUND), 'close 4404');
    } finally {
      p.destroy();
    }

    // Restored, the editor reconnects; signing out closes the socket with 4401.
    expect((await call('POST', `/api/nodes/${entry.id}/restore`, editor)).status).toBe(200);
    const q = connectProvider({ origin: base, entryId: entry.id, cookie: editor, schema: SCHEMA_VERSION });
    try {
      await waitSynced(q);
      expect((await call('DELETE', '/api/session', editor)).status).toBe(204);
      await waitFor(() => q.closeCodes.includes(CLOSE_CODES.UNAUTHORIZED), 'close 4401');
    } finally {
      q.destroy();
    }
  }, 60_000);
});
