// The built client (dist/client): fingerprinted files under /assets/ from memory, read once (a
// name never changes its content, and a page load asks for two dozen of them at once: from disk
// through serveStatic each took milliseconds of the server's time), index.html for client routes,
// and a 503 page that says how to build when there is no build.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import type { AppEnv } from '../middleware/context';

/** A built file held in memory. */
interface Asset {
  body: Uint8Array<ArrayBuffer>;
  type: string;
}

/** True for paths the API and the collab endpoint own (never answered with the client). */
export function isApiOrCollab(path: string): boolean {
  return /^\/(api|collab)(\/|$)/.test(path);
}

/**
 * Reads files under `dir` once; null for anything outside it or missing (not remembered). Kept by
 * resolved file, not by the path asked for: `/assets//x.js` must not hold a second copy of x.js.
 */
function assetReader(dir: string): (path: string) => Promise<Asset | null> {
  const root = resolve(dir);
  const cache = new Map<string, Asset>();
  return async (path) => {
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep)) return null;
    const cached = cache.get(file);
    if (cached) return cached;
    try {
      const asset = { body: new Uint8Array(await readFile(file)), type: getMimeType(file) ?? 'application/octet-stream' };
      cache.set(file, asset);
      return asset;
    } catch {
      return null;
    }
  };
}

/** Serves the built client from `staticDir`, with index.html for any other GET (client-side routes). */
export function mountClient(app: Hono<AppEnv>, staticDir: string | undefined): void {
  const indexFile = staticDir ? join(staticDir, 'index.html') : null;
  if (!staticDir || !indexFile || !existsSync(indexFile)) {
    app.get('/', (c) =>
      c.html(
        '<!doctype html><meta charset="utf-8"><title>年鉴</title>' +
          '<p>客户端尚未构建：请先运行 <code>npm run build</code>（或 <code>npm start</code>，它会先构建）。</p>' +
          `<p>The client is not built: dist/client${staticDir ? ` (${staticDir})` : ''} is missing. Run <code>npm run build</code>.</p>`,
        503,
      ),
    );
    return;
  }
  const readAsset = assetReader(staticDir);
  app.get('/assets/*', async (c, next) => {
    const asset = await readAsset(c.req.path);
    if (!asset) return next();
    // Vite fingerprints everything under assets/: cache it for good.
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=31536000, immutable' });
  });
  const files = serveStatic<AppEnv>({ root: staticDir });
  app.get('*', async (c, next) => {
    if (isApiOrCollab(c.req.path)) return next();
    const res = await files(c, next);
    // Anything outside assets/ (index.html, favicon) revalidates.
    if (res instanceof Response && res.ok) res.headers.set('Cache-Control', 'no-cache');
    return res;
  });
  app.get('*', async (c, next) => {
    // A missing file (a stale asset after a deploy) is a 404, not the page: only routes fall back.
    if (isApiOrCollab(c.req.path) || /\.[A-Za-z0-9]+$/.test(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(indexFile, 'utf8'), 200);
  });
}
