// The servers the sync benchmark compares, each started fresh for one load: @y/websocket-server
// (the reference), Hocuspocus with SQLite, and Nianjian on SQLite and on a fresh PostgreSQL database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { entryDocName, SCHEMA_VERSION_PARAM } from '../../../shared/protocol';
import { createEntries, readEntryText, signIn, type ApiSession } from './nianjianApi';
import type { GeneratorDoc } from './protocol';
import { freePort, startServerProcess, type ServerProcess } from './serverProcess';
import { inBatches } from './sockets';
import type { WireKind } from './wire';

/** Target ids, in the order a run reports them. */
export const TARGET_KINDS = ['y-websocket-server', 'hocuspocus', 'nianjian-sqlite', 'nianjian-postgres'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** A started server with its documents. */
export interface Target {
  kind: TargetKind;
  proc: ServerProcess;
  wire: WireKind;
  docs: GeneratorDoc[];
  headers: Record<string, string>;
  /** Comm name of a database's processes whose CPU counts beside the server's. */
  dbProcessName?: string;
  /** Checks each doc's committed text over REST holds every expected paragraph. */
  verifyRest?(expected: string[][]): Promise<{ docsOk: number; missingParagraphs: number; firstFailure: string | null }>;
  stop(): Promise<void>;
}

const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ADMIN_PASSWORD = 'bench-admin-password';

async function schemaVersion(): Promise<number> {
  if (process.env.BENCH_SCHEMA_VERSION) return Number(process.env.BENCH_SCHEMA_VERSION);
  const mod = (await import('../../../shared/schema')) as { SCHEMA_VERSION: number };
  return mod.SCHEMA_VERSION;
}

async function pgAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function startReference(docCount: number): Promise<Target> {
  const port = await freePort();
  // BENCH_SYNC_REF_NODE_ARGS: node flags for the reference, e.g. `--require <a SIGTERM handler that
  // exits> --cpu-prof --cpu-prof-dir=/tmp/prof` (it has no handler of its own, so no profile is written).
  const proc = await startServerProcess([...(process.env.BENCH_SYNC_REF_NODE_ARGS ?? '').split(' ').filter(Boolean), 'node_modules/@y/websocket-server/src/server.js'], port, { HOST: '127.0.0.1', PORT: String(port) });
  const docs = Array.from({ length: docCount }, (_, i) => ({ name: `bench-${i}`, url: `ws://127.0.0.1:${port}/bench-${i}` }));
  return { kind: 'y-websocket-server', proc, wire: 'stock', docs, headers: {}, stop: () => proc.stop() };
}

async function startHocuspocus(docCount: number): Promise<Target> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-hocuspocus-'));
  const proc = await startServerProcess(['--import', 'tsx', 'tests/bench/sync/hocuspocusServer.ts'], port, {
    PORT: String(port),
    HOCUSPOCUS_DB: join(dir, 'hocuspocus.sqlite'),
  });
  const docs = Array.from({ length: docCount }, (_, i) => ({ name: `bench-${i}`, url: `ws://127.0.0.1:${port}/` }));
  return {
    kind: 'hocuspocus',
    proc,
    wire: 'hocuspocus',
    docs,
    headers: {},
    async stop() {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startNianjian(kind: 'nianjian-sqlite' | 'nianjian-postgres', docCount: number): Promise<Target> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-nianjian-'));
  const dbName = `nianjian_bench_${process.pid}_${Date.now()}`;
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    NIANJIAN_DATA_DIR: dir,
    NIANJIAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    NIANJIAN_DATABASE_URL: '',
    NODE_ENV: 'production',
  };
  if (kind === 'nianjian-postgres') {
    await pgAdmin((c) => c.query(`CREATE DATABASE ${dbName}`));
    env.NIANJIAN_DATABASE_URL = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
  }
  const cleanup = async () => {
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'nianjian-postgres') await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
  };
  let proc: ServerProcess;
  try {
    // BENCH_SYNC_SERVER_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile our server.
    const extra = (process.env.BENCH_SYNC_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    proc = await startServerProcess([...extra, '--import', 'tsx', 'server/main.ts'], port, env);
  } catch (err) {
    await cleanup();
    throw err;
  }
  try {
    const session: ApiSession = await signIn(port, ADMIN_PASSWORD);
    const ids = await createEntries(session, docCount);
    const version = await schemaVersion();
    const docs = ids.map((id) => ({ name: entryDocName(id), url: `ws://127.0.0.1:${port}/collab/${entryDocName(id)}?${SCHEMA_VERSION_PARAM}=${version}` }));
    return {
      kind,
      proc,
      wire: 'stock',
      docs,
      headers: { Cookie: session.cookie, Origin: session.origin },
      dbProcessName: kind === 'nianjian-postgres' ? 'postgres' : undefined,
      async verifyRest(expected) {
        const out = { docsOk: 0, missingParagraphs: 0, firstFailure: null as string | null };
        await inBatches(ids, 8, async (id, doc) => {
          const lines = new Set((await readEntryText(session, id)).split('\n'));
          const missing = expected[doc].filter((p) => p && !lines.has(p));
          if (missing.length === 0) out.docsOk++;
          out.missingParagraphs += missing.length;
          if (missing.length && !out.firstFailure) out.firstFailure = `entry ${id}: missing ${JSON.stringify(missing[0])}`;
        });
        return out;
      },
      async stop() {
        await proc.stop();
        await cleanup();
      },
    };
  } catch (err) {
    await proc.stop();
    await cleanup();
    throw new Error(`${(err as Error).message}\n--- server output ---\n${proc.output()}`);
  }
}

/** Starts a fresh server of `kind` with `docCount` documents ready to edit. */
export function startTarget(kind: TargetKind, docCount: number): Promise<Target> {
  if (kind === 'y-websocket-server') return startReference(docCount);
  if (kind === 'hocuspocus') return startHocuspocus(docCount);
  return startNianjian(kind, docCount);
}
