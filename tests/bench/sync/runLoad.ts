// One benchmark run: a fresh server of one kind, the generator process driving one load against it,
// the server's (and PostgreSQL's) CPU and RSS sampled over the timed phase, then verification.
import { fork } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Load } from './loads';
import { readCpuSecondsByName, ProcSampler, type ProcWindow } from './procStats';
import type { FromGenerator, GeneratorResult, ToGenerator } from './protocol';
import { startTarget, type TargetKind } from './targets';
import type { LatencySummary } from './tracker';

/** What one run found. */
export interface RunRecord {
  load: string;
  target: TargetKind;
  docs: number;
  clientsPerDoc: number;
  ratePerClient: number;
  durationS: number;
  measure: Load['measure'];
  /** Which round of BENCH_SYNC_ROUNDS this run was. */
  round?: number;
  /** Null when the run could not complete. */
  error: string | null;
  latency?: LatencySummary;
  sent?: number;
  /** Typing edits a required receiver never got. */
  lost?: number;
  verifyFresh?: GeneratorResult['verify'];
  verifyRest?: { docsOk: number; missingParagraphs: number; firstFailure: string | null };
  server?: ProcWindow;
  /** CPU of the database processes (PostgreSQL backends) over the same window. */
  db?: { cpuSeconds: number; cpuPercent: number };
  /** 1-minute load average when the timed phase began and ended (other work on the machine skews results). */
  loadAvg?: [number, number];
  generator?: Pick<GeneratorResult, 'generatorCpuSeconds' | 'generatorCpuPercent' | 'sendLagMaxMs' | 'sendLagOver10ms' | 'achievedRate' | 'connectSeconds' | 'sockets' | 'closes'>;
}

const GENERATOR = fileURLToPath(new URL('./generator.ts', import.meta.url));

/**
 * BENCH_SYNC_NICE (e.g. -15, needs root): the priority given to the server and the generator, so
 * that other work on a shared machine disturbs the measurement less. With autogroup scheduling
 * (/proc/sys/kernel/sched_autogroup_enabled) a process's nice only counts inside its session's
 * group, so the group's nice (/proc/<pid>/autogroup) is set too. Unset: left alone.
 */
function applyNice(pid: number | undefined): void {
  const nice = process.env.BENCH_SYNC_NICE;
  if (!nice || pid === undefined) return;
  try {
    setPriority(pid, Number(nice));
    if (existsSync(`/proc/${pid}/autogroup`)) writeFileSync(`/proc/${pid}/autogroup`, String(Number(nice)));
  } catch (err) {
    console.warn(`BENCH_SYNC_NICE=${nice}: ${(err as Error).message}`);
  }
}

function waitFor<T extends FromGenerator['type']>(child: ReturnType<typeof fork>, type: T, timeoutMs: number): Promise<Extract<FromGenerator, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`generator: no '${type}' within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (m: FromGenerator) => {
      if (m.type === type) done(null, m as Extract<FromGenerator, { type: T }>);
      else if (m.type === 'failed') done(new Error(`generator failed: ${m.message}`));
    };
    const onExit = (code: number | null) => done(new Error(`generator exited (${code}) before '${type}'`));
    const done = (err: Error | null, m?: Extract<FromGenerator, { type: T }>) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(m!);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Runs `load` against a fresh `kind` server and returns what it measured. */
export async function runLoad(load: Load, kind: TargetKind, runId: string): Promise<RunRecord> {
  const record: RunRecord = {
    load: load.label,
    target: kind,
    docs: load.docs,
    clientsPerDoc: load.clientsPerDoc,
    ratePerClient: load.ratePerClient,
    durationS: load.durationS,
    measure: load.measure,
    error: null,
  };
  let target: Awaited<ReturnType<typeof startTarget>> | null = null;
  let child: ReturnType<typeof fork> | null = null;
  try {
    target = await startTarget(kind, load.docs);
    child = fork(GENERATOR, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    applyNice(target.proc.pid);
    applyNice(child.pid);
    const send = (m: ToGenerator) => child!.send(m);
    send({
      type: 'config',
      config: {
        wire: target.wire,
        driver: kind === 'hocuspocus' && process.env.BENCH_SYNC_HOCUSPOCUS_DRIVER !== 'raw' ? 'provider' : 'raw',
        docs: target.docs,
        clientsPerDoc: load.clientsPerDoc,
        ratePerClient: load.ratePerClient,
        durationS: load.durationS,
        warmupS: load.warmupS,
        measure: load.measure,
        headers: target.headers,
        connectConcurrency: Number(process.env.BENCH_SYNC_CONNECT_CONCURRENCY ?? 50),
        drainTimeoutS: Number(process.env.BENCH_SYNC_DRAIN_S ?? 10),
        runId,
      },
    });
    await waitFor(child, 'ready', 300_000);
    const sampler = new ProcSampler(target.proc.pid);
    const db0 = target.dbProcessName ? readCpuSecondsByName(target.dbProcessName) : 0;
    sampler.start();
    const load0 = loadavg()[0];
    send({ type: 'go' });
    const { result } = await waitFor(child, 'done', (load.warmupS + load.durationS + 120) * 1000);
    record.server = sampler.stop();
    record.loadAvg = [load0, loadavg()[0]];
    if (target.dbProcessName) {
      const cpuSeconds = readCpuSecondsByName(target.dbProcessName) - db0;
      record.db = { cpuSeconds, cpuPercent: (cpuSeconds / record.server.wallSeconds) * 100 };
    }
    record.latency = result.latency;
    record.sent = result.sent;
    record.lost = result.sent - result.completed;
    record.verifyFresh = result.verify;
    record.generator = {
      generatorCpuSeconds: result.generatorCpuSeconds,
      generatorCpuPercent: result.generatorCpuPercent,
      sendLagMaxMs: result.sendLagMaxMs,
      sendLagOver10ms: result.sendLagOver10ms,
      achievedRate: result.achievedRate,
      connectSeconds: result.connectSeconds,
      sockets: result.sockets,
      closes: result.closes,
    };
    if (target.verifyRest) record.verifyRest = await target.verifyRest(result.expected);
  } catch (err) {
    record.error = (err as Error).message;
  } finally {
    if (child && child.exitCode === null && child.connected) {
      child.send({ type: 'exit' } satisfies ToGenerator);
      const killer = setTimeout(() => child!.kill('SIGKILL'), 10_000);
      await new Promise((r) => child!.once('exit', r));
      clearTimeout(killer);
    }
    await target?.stop().catch(() => undefined);
  }
  return record;
}
