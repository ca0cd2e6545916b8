// The app as a whole: the built client with its SPA fallback (or the "not built" notice), the
// typed client over AppType, and main.ts's startServer on a real port with a graceful stop.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { testClient } from 'hono/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '@server/app';
import { loadConfig } from '@server/config';
import { startServer } from '@server/main';
import { createTestApp, seedYearbook, type TestApp } from '../helpers/factories';

let t: TestApp | undefined;
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await t?.close();
  t = undefined;
  while (cleanups.length) await cleanups.pop()!();
});

describe('serving the client', () => {
  it('serves static files and falls back to index.html for client routes, never for /api', async () => {
    t = await createTestApp();
    const dir = await mkdtemp(join(tmpdir(), 'nianjian-static-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const app = createApp({ services: t.services, settings: { allowedOrigins: [], sessionTtlHours: 1, secureCookies: false }, staticDir: dir });
    const { cookie } = await t.createUser('viewer');
    const get = (path: string) => app.request(`http://nianjian.test${path}`, { headers: { cookie } });
    expect(await (await get('/')).text()).toContain('id="root"');
    const asset = await get('/assets/app.js');
    expect(await asset.text()).toBe('console.log(1)');
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await get('/assets/stale-123.js')).status).toBe(404);
    // Read once, then from memory: the same bytes again, and nothing outside the build.
    expect(await (await get('/assets/app.js')).text()).toBe('console.log(1)');
    await writeFile(join(dir, '..', `${basename(dir)}-secret.txt`), 'secret');
    cleanups.push(() => rm(join(dir, '..', `${basename(dir)}-secret.txt`), { force: true }));
    const outside = `../${basename(dir)}-secret.txt`;
    for (const path of [`/assets/../${outside}`, `/assets/${outside.replace('..', '%2e%2e')}`, `/assets/..%2f${outside.replace('/', '%2f')}`]) {
      const res = await get(path);
      expect(await res.text()).not.toBe('secret');
    }
    const spa = await get('/yearbooks/abc/outline');
    expect(spa.status).toBe(200);
    expect(await spa.text()).toContain('id="root"');
    expect((await get('/api/unknown')).status).toBe(404);
    expect((await get('/api/unknown')).headers.get('content-type')).toMatch(/json/);
    expect((await get('/collab/entry/x')).status).toBe(404);
  });

  it('says clearly at / when the client is not built', async () => {
    t = await createTestApp();
    const app = createApp({
      services: t.services,
      settings: { allowedOrigins: [], sessionTtlHours: 1, secureCookies: false },
      staticDir: join(tmpdir(), 'nianjian-no-such-dir'),
    });
    const res = await app.request('http://nianjian.test/');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });
});

describe('typed client', () => {
  it('hc<AppType> (testClient) reaches the routes with typed params and bodies', async () => {
    t = await createTestApp();
    const s = await seedYearbook(t);
    const client = testClient(t.app, undefined, undefined, { headers: { cookie: s.cookies.editor } });
    const res = await client.api.yearbooks[':id'].outline.$get({ param: { id: s.yearbookId } });
    expect(res.status).toBe(200);
    if (res.status === 200) {
      const outline = await res.json();
      expect(outline.nodes[0].title).toBe('城市建设');
    }
    const created = await client.api.yearbooks[':id'].nodes.$post({
      param: { id: s.yearbookId },
      json: { parentId: s.sectionId, kind: 'entry', title: '类型化客户端' },
    });
    expect(created.status).toBe(201);
  });
});

describe('startServer (main.ts)', () => {
  it('listens on a real port, creates the admin, and stops gracefully with a stream open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianjian-main-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', NIANJIAN_DATA_DIR: dir, NIANJIAN_ADMIN_PASSWORD: 'admin-password-1' });
    const running = await startServer(config);
    let stopped = false;
    cleanups.push(async () => {
      if (!stopped) await running.stop();
    });
    const base = `http://127.0.0.1:${running.port}`;
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ ok: true });
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ username: 'admin', password: 'admin-password-1' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const yb = (await (
      await fetch(`${base}/api/yearbooks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ title: '年鉴', recordYear: 2023, placeName: '某市' }),
      })
    ).json()) as { id: string };
    // An open event stream must not keep the server from stopping.
    const stream = await fetch(`${base}/api/yearbooks/${yb.id}/events`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const started = Date.now();
    await running.stop();
    stopped = true;
    expect(Date.now() - started).toBeLessThan(10_000);
    await stream.body?.cancel().catch(() => undefined);
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });
});
