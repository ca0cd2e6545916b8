// Vitest global setup: makes sure dist/client (what the real server serves to the browser
// suites) is built from the current sources, building it once per run when it is missing or
// older than client/ or shared/. Built as production even though Vitest sets NODE_ENV=test.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = join(ROOT, 'dist', 'client', 'index.html');
const SOURCES = ['client', 'shared', 'vite.config.ts', 'package.json'].map((p) => join(ROOT, p));
const LOCK = '/tmp/nianjian-client-build.lock';
const CHROMIUM = process.env.NIANJIAN_CHROMIUM ?? '/usr/bin/chromium';

/** Newest modification time under `path` (test files and screenshots do not count). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** True when dist/client is missing or older than its sources. */
export function isClientBuildStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((p) => newestMtime(p) > built);
}

/** Vitest options whose value is the next argument (not a file filter). */
const VALUE_OPTIONS = new Set(['--reporter', '-t', '--testNamePattern', '--config', '-c', '--project', '--maxWorkers', '--pool', '--dir', '--root', '-r', '--outputFile', '--environment']);

/**
 * False when the command line names files and none of them is a browser suite (vitest matches
 * each filter as a substring of the file path), so `vitest run shared/` never builds.
 */
function runIncludesE2e(): boolean {
  const runAt = process.argv.findIndex((a) => a === 'run' || a === 'watch' || a === 'dev');
  const args = process.argv.slice(runAt >= 0 ? runAt + 1 : 2);
  const filters = args.filter((a, i) => !a.startsWith('-') && !VALUE_OPTIONS.has(args[i - 1] ?? '') && !/vitest(\.m?js)?$/.test(a));
  if (filters.length === 0) return true;
  const suites = readdirSync(import.meta.dirname).filter((n) => n.endsWith('.test.ts')).map((n) => `tests/e2e/${n}`);
  return filters.some((f) => {
    const rel = f.startsWith(ROOT) ? f.slice(ROOT.length + 1) : f.replace(/^\.\//, '');
    return suites.some((s) => s.includes(rel));
  });
}

/** Vitest calls this once before any suite. */
export default function setup(): void {
  // Without a browser the e2e suites skip; nothing needs the build (CI always has Chromium).
  if (!existsSync(CHROMIUM) && process.env.CI !== 'true') return;
  if (!runIncludesE2e() || !isClientBuildStale()) return;
  const started = Date.now();
  console.log('[e2e] building the client (dist/client is missing or older than its sources)…');
  // flock: parallel test runs in one working tree build one at a time; --no-emptyOutDir keeps the
  // previous hashed chunks, so pages of a run already under way still load theirs.
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const res = spawnSync('flock', [LOCK, process.execPath, vite, 'build', '--no-emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (res.status !== 0) {
    const msg = `[e2e] vite build failed (exit ${res.status ?? res.signal})`;
    // Locally a half-edited client file of a colleague must not fail every suite of the run;
    // the browser suites then run against the previous build (or fail on their own).
    if (process.env.CI === 'true' || !existsSync(BUILT)) throw new Error(msg);
    console.warn(`${msg}; the browser suites use the previous build`);
    return;
  }
  console.log(`[e2e] client built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
