// The REAL server as a child process (`node --import tsx server/main.ts`) on a free port with a temp
// data dir: waits for /api/health, can be killed with SIGKILL and restarted on the same data and
// port (so clients reconnect to it), and offers a small JSON client for the public API.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTempDataDir, type TempDataDir } from './tempSqlite';

const ROOT = join(import.meta.dirname, '..', '..');

/** The admin password every spawned server is started with. */
export const ADMIN_PASSWORD = 'admin-password-for-tests';

/** A JSON answer of the API. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  /** `name=value` of the Set-Cookie header, when one was set. */
  cookie: string | null;
}

/** A spawned server process. */
export interface SpawnedServer {
  origin: string;
  port: number;
  dataDir: TempDataDir;
  /** Everything the process printed (for failure messages). */
  output(): string;
  /** Calls the API (`path` under the origin, e.g. `/api/session`). */
  api<T = unknown>(method: string, path: string, opts?: { body?: unknown; cookie?: string }): Promise<ApiResponse<T>>;
  /** Signs in and returns the session cookie. */
  signIn(username: string, password: string): Promise<string>;
  /** kill -9: no shutdown hook runs. */
  kill9(): Promise<void>;
  /** Starts the process again on the same data dir and port. */
  restart(): Promise<void>;
  /** SIGTERM (graceful), then removes the data dir. */
  stop(): Promise<void>;
}

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Spawns the server and waits until it answers /api/health. */
export async function startServer(opts: { env?: Record<string, string> } = {}): Promise<SpawnedServer> {
  const dataDir = await createTempDataDir('nianjian-server-');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let log = '';
  let child: ChildProcess | null = null;

  const launch = async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        NIANJIAN_DATA_DIR: dataDir.dir,
        NIANJIAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
        NIANJIAN_DATABASE_URL: '',
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`server exited during start:\n${log}`);
      try {
        const res = await fetch(`${origin}/api/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`server did not answer /api/health:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const waitExit = (proc: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) resolve();
      else proc.once('exit', () => resolve());
    });

  await launch();

  const api = async <T,>(method: string, path: string, o: { body?: unknown; cookie?: string } = {}): Promise<ApiResponse<T>> => {
    const res = await fetch(origin + path, {
      method,
      headers: {
        ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(o.cookie ? { cookie: o.cookie } : {}),
      },
      body: o.body !== undefined ? JSON.stringify(o.body) : undefined,
    });
    const text = await res.text();
    const setCookie = res.headers.get('set-cookie');
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : null) as T,
      cookie: setCookie ? setCookie.split(';')[0] : null,
    };
  };

  return {
    origin,
    port,
    dataDir,
    output: () => log,
    api,
    async signIn(username, password) {
      const res = await api('POST', '/api/session', { body: { username, password } });
      if (res.status !== 200 || !res.cookie) throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.cookie;
    },
    async kill9() {
      const proc = child!;
      proc.kill('SIGKILL');
      await waitExit(proc);
    },
    async restart() {
      await launch();
    },
    async stop() {
      const proc = child!;
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        await waitExit(proc);
        clearTimeout(timer);
      }
      await dataDir.remove();
    },
  };
}
