// The composition root, and the only one: config → storage → services → app + collab → listen,
// plus the first admin account and a graceful shutdown on SIGTERM/SIGINT.
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { SCHEMA_VERSION } from '@shared/schema';
import { createApp } from './app';
import { createCollab } from './collab';
import { loadConfig, type Config } from './config';
import { isOriginAllowed } from './middleware/originCheck';
import { sessionTokenFromCookieHeader } from './middleware/session';
import { createServices } from './services';
import { DocPersistence } from './services/docPersistence';
import { DomainEvents } from './services/domainEvents';
import { createStorage } from './storage';

/** The built client, relative to this file (works whatever the working directory). */
const STATIC_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));
/** How long shutdown waits for open requests (event streams never end on their own). */
const SHUTDOWN_GRACE_MS = 2000;

/** A running server. */
export interface RunningServer {
  server: ServerType;
  /** The port actually bound (PORT=0 picks a free one). */
  port: number;
  /** Stops accepting, closes sockets and streams, flushes documents and closes the database. */
  stop(): Promise<void>;
}

/** Starts the whole server from a config. */
export async function startServer(config: Config): Promise<RunningServer> {
  const storage = await createStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, sqliteBackgroundThreads: true });
  const events = new DomainEvents();
  // The outline service logs length events; persistence needs it before services exist.
  let onLength: (entryId: string, length: number) => Promise<void> = async () => {};
  const persistence = new DocPersistence({ storage, onLengthChanged: (id, len) => onLength(id, len) });
  const services = createServices({
    storage,
    events,
    sessionTtlHours: config.sessionTtlHours,
    readEntryText: (entryId) => persistence.readEntryText(entryId),
  });
  onLength = (id, len) => services.outline.recordWrittenLength(id, len);

  const admin = await services.users.ensureAdmin(config.adminPassword);
  if (admin.created) announceAdmin(admin.generatedPassword);

  const originPolicy = { publicOrigin: config.publicOrigin, allowedOrigins: config.allowedOrigins };
  const collab = createCollab({
    persistence,
    events,
    schemaVersion: SCHEMA_VERSION,
    async authenticate(cookieHeader) {
      const found = await services.auth.authenticate(sessionTokenFromCookieHeader(cookieHeader));
      if (found) services.auth.watchExpiry(found.session);
      return found ? { userId: found.user.id, sessionId: found.session.id, displayName: found.user.displayName } : null;
    },
    authorize: (userId, entryId) => services.access.authorizeEntry(userId, entryId),
    isOriginAllowed: (origin, host) => isOriginAllowed(origin, host, originPolicy),
  });

  const app = createApp({
    services,
    settings: {
      ...originPolicy,
      sessionTtlHours: config.sessionTtlHours,
      secureCookies: config.publicOrigin?.startsWith('https:') ?? false,
    },
    collabRoute: collab.route,
    staticDir: STATIC_DIR,
  });

  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: collab.wss } }, () =>
      resolve(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await collab.close();
      // Event streams and keep-alive sockets would hold close() open: give them a moment, then cut.
      const timer = setTimeout(() => (server as import('node:http').Server).closeAllConnections?.(), SHUTDOWN_GRACE_MS);
      (server as import('node:http').Server).closeIdleConnections?.();
      await closed;
      clearTimeout(timer);
      services.auth.close();
      await services.outline.close();
      await persistence.flush();
      await storage.close();
    })());

  return { server, port, stop };
}

function announceAdmin(generatedPassword: string | null): void {
  if (generatedPassword === null) {
    console.log('[nianjian] created account "admin" with the password from NIANJIAN_ADMIN_PASSWORD');
    return;
  }
  console.log(
    [
      '',
      '================================================================',
      '  已创建管理员账号 / Created the administrator account',
      '  username: admin',
      `  password: ${generatedPassword}`,
      '  This password is shown only once. Sign in and keep it safe.',
      '================================================================',
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  const running = await startServer(config);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`[nianjian] listening on http://${shown}:${running.port} (storage: ${config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`})`);

  const shutdown = (signal: string) => {
    console.log(`[nianjian] ${signal}: shutting down`);
    running.stop().then(
      () => process.exit(0),
      (err) => {
        console.error('[nianjian] shutdown failed', err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

// Run only when executed (tsx server/main.ts), not when a test imports startServer.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error('[nianjian] failed to start', err);
    process.exit(1);
  });
}
