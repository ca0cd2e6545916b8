// `npm run dev`: Vite serves the client's own modules, also those under client/api/ (at /api/*.ts),
// and forwards the rest of /api to the API server.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

describe('the dev server', () => {
  let api: Server;
  let vite: ViteDevServer;
  let origin: string;

  beforeAll(async () => {
    api = createHttpServer((req, res) => res.end(`api:${req.url}`));
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    process.env.NIANJIAN_DEV_API = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    vite = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1', hmr: false } });
    await vite.listen();
    origin = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    delete process.env.NIANJIAN_DEV_API;
    await vite?.close();
    await new Promise((resolve) => api?.close(resolve));
  });

  it('serves a module under client/api/ itself', async () => {
    const res = await fetch(`${origin}/api/http.ts`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toContain('export');
  });

  it('forwards API requests to the API server', async () => {
    const res = await fetch(`${origin}/api/session`);
    expect(await res.text()).toBe('api:/api/session');
  });
});
