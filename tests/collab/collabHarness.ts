// The collab part on its own, for tests: a temp SQLite storage, DocPersistence, createCollab with
// small real deps (sessions, members and nodes read from the real stores) and `serve()` on port 0.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { Role } from '@shared/domain/roles';
import { type Collab, createCollab } from '@server/collab';
import { DocPersistence, type DocPersistenceOptions } from '@server/services/docPersistence';
import { DomainEvents } from '@server/services/domainEvents';
import { createStorage } from '@server/storage';
import type { Storage } from '@server/storage/types';
import { createTempDataDir, type TempDataDir } from '../helpers/tempSqlite';

/** Roles that may change entry text in these tests (the app's policy lives in services/access). */
const WRITERS: readonly Role[] = ['chief-editor', 'editor', 'contributor'];

/** A running collab server and the handles a test needs. */
export interface CollabHarness {
  origin: string;
  storage: Storage;
  persistence: DocPersistence;
  events: DomainEvents;
  collab: Collab;
  yearbookId: string;
  /** Creates a user with a live session; returns the cookie header to send. */
  addUser(displayName: string, role: Role | null): Promise<{ userId: string; sessionId: string; cookie: string }>;
  /** Creates an entry node in the yearbook. */
  addEntry(title?: string): Promise<string>;
  /** Stops the server (sockets closed, persistence flushed) and, unless kept, removes the data. */
  stop(opts?: { keepData?: boolean }): Promise<void>;
  dataDir: TempDataDir;
}

/** Starts the harness; `storage` may be wrapped (e.g. to inject failing commits). */
export async function startCollabHarness(opts: {
  wrapStorage?: (storage: Storage) => Pick<Storage, 'docUpdates' | 'nodes'>;
  persistence?: Partial<DocPersistenceOptions>;
  unloadDelayMs?: number;
  dataDir?: TempDataDir;
  /** A postgres:// URL runs the harness on PostgreSQL instead of a temp SQLite file. */
  databaseUrl?: string;
} = {}): Promise<CollabHarness> {
  const dataDir = opts.dataDir ?? (await createTempDataDir('nianjian-collab-'));
  const storage = await createStorage({ dataDir: dataDir.dir, databaseUrl: opts.databaseUrl });
  const events = new DomainEvents();
  const persistence = new DocPersistence({
    storage: opts.wrapStorage ? opts.wrapStorage(storage) : storage,
    lengthDelayMs: 50,
    // main.ts reports to the outline service; its column write is all these tests look at.
    onLengthChanged: (entryId, length) => storage.nodes.setWrittenLength(entryId, length),
    ...opts.persistence,
  });
  const yearbookId = randomUUID();
  await storage.yearbooks.create({
    id: yearbookId,
    title: '测试年鉴',
    recordYear: 2023,
    placeName: '测试市',
    level: 'city',
    createdAt: new Date().toISOString(),
    outlineVersion: 0,
    glossary: null,
  });

  const collab = createCollab({
    persistence,
    events,
    schemaVersion: 1,
    unloadDelayMs: opts.unloadDelayMs ?? 200,
    isOriginAllowed: (origin) => origin === undefined || origin === 'http://allowed.test',
    async authenticate(cookie) {
      const sid = /(?:^|;\s*)sid=([^;]+)/.exec(cookie ?? '')?.[1];
      const session = sid ? await storage.sessions.findById(sid) : undefined;
      if (!session || session.revokedAt || session.expiresAt < new Date().toISOString()) return null;
      const user = await storage.users.findById(session.userId);
      return user ? { userId: user.id, sessionId: session.id, displayName: user.displayName } : null;
    },
    async authorize(userId, entryId) {
      const node = await storage.nodes.findById(entryId);
      if (!node || node.kind !== 'entry' || node.deletedAt) return 'missing';
      const member = await storage.members.find(node.yearbookId, userId);
      if (!member) return 'none';
      return WRITERS.includes(member.role) ? 'write' : 'read';
    },
  });
  const app = new Hono();
  app.route('/collab', collab.route);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0, websocket: { server: collab.wss } }, () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    storage,
    persistence,
    events,
    collab,
    yearbookId,
    dataDir,
    async addUser(displayName, role) {
      const userId = randomUUID();
      const sessionId = randomUUID();
      const now = new Date();
      await storage.users.create({
        id: userId,
        username: `u${userId.slice(0, 8)}`,
        displayName,
        passwordHash: 'x',
        isAdmin: false,
        createdAt: now.toISOString(),
      });
      await storage.sessions.create({
        id: sessionId,
        userId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
        revokedAt: null,
      });
      if (role) await storage.members.upsert({ yearbookId, userId, role });
      return { userId, sessionId, cookie: `sid=${sessionId}` };
    },
    async addEntry(title = '条目') {
      const id = randomUUID().replace(/-/g, '').slice(0, 20);
      await storage.nodes.applyChange({
        yearbookId,
        upsert: [
          {
            id,
            yearbookId,
            parentId: null,
            kind: 'entry',
            title,
            position: 0,
            plannedLength: null,
            writtenLength: 0,
            deletedAt: null,
            deletedWith: null,
          },
        ],
        events: [],
      });
      return id;
    },
    async stop({ keepData = false } = {}) {
      await collab.close();
      server.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await storage.close();
      if (!keepData) await dataDir.remove();
    },
  };
}
