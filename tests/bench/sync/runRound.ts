// One round of a load: a fresh server of each kind, a generator process driving the load against
// each (in turns when there are several: turns.ts), each server's (and PostgreSQL's) CPU and RSS
// sampled over the run, then verification.
import { fork } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Load } from './loads';
import { readCpuSecondsByName, ProcSampler, type ProcWindow } from './procStats';
import type { FromGenerator, GeneratorResult, ToGenerator } from './protocol';
import { startTarget, type TargetKind } from './targets';
import { turnShare, type Turn } from './turns';
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
  /** Its place in the turns when the round's targets took turns (turns.ts). */
  turn?: Turn;
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

/** One target's part of a round: its server, its generator, and what they measured. */
class TargetRun {
  readonly record: RunRecord;
  private target: Awaited<ReturnType<typeof startTarget>> | null = null;
  private child: ReturnType<typeof fork> | null = null;
  private sampler: ProcSampler | null = null;
  private db0 = 0;
  private load0 = 0;

  constructor(
    private readonly load: Load,
    readonly kind: TargetKind,
    private readonly runId: string,
    private readonly turn: Turn | undefined,
  ) {
    this.record = {
      load: load.label,
      target: kind,
      docs: load.docs,
      clientsPerDoc: load.clientsPerDoc,
      ratePerClient: load.ratePerClient,
      durationS: load.durationS,
      measure: load.measure,
      turn,
      error: null,
    };
  }

  get ok(): boolean {
    return this.record.error === null;
  }

  /** Starts the server and the generator and waits until every client is connected and synced. */
  async prepare(): Promise<void> {
    const { load, kind } = this;
    this.target = await startTarget(kind, load.docs);
    this.child = fork(GENERATOR, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    applyNice(this.target.proc.pid);
    applyNice(this.child.pid);
    this.send({
      type: 'config',
      config: {
        wire: this.target.wire,
        driver: kind === 'hocuspocus' && process.env.BENCH_SYNC_HOCUSPOCUS_DRIVER !== 'raw' ? 'provider' : 'raw',
        docs: this.target.docs,
        clientsPerDoc: load.clientsPerDoc,
        ratePerClient: load.ratePerClient,
        durationS: load.durationS,
        warmupS: load.warmupS,
        measure: load.measure,
        headers: this.target.headers,
        connectConcurrency: Number(process.env.BENCH_SYNC_CONNECT_CONCURRENCY ?? 50),
        drainTimeoutS: Number(process.env.BENCH_SYNC_DRAIN_S ?? 10),
        runId: this.runId,
        turn: this.turn,
      },
    });
    await waitFor(this.child, 'ready', 300_000);
  }

  /** Starts sampling and typing. */
  go(): void {
    this.sampler = new ProcSampler(this.target!.proc.pid);
    this.db0 = this.target!.dbProcessName ? readCpuSecondsByName(this.target!.dbProcessName) : 0;
    this.sampler.start();
    this.load0 = loadavg()[0];
    this.send({ type: 'go' });
  }

  /** Waits for the generator's report, then checks the documents over REST. */
  async finish(): Promise<void> {
    const { load, record } = this;
    const target = this.target!;
    const typingS = (load.warmupS + load.durationS) / turnShare(this.turn);
    const { result } = await waitFor(this.child!, 'done', (typingS + 120) * 1000);
    // CPU per second of this target's own turns (all of the run without turns); what it defers
    // into the gap after a turn counts too.
    const share = turnShare(this.turn);
    const window = this.sampler!.stop();
    record.server = { ...window, cpuPercent: window.cpuPercent / share };
    record.loadAvg = [this.load0, loadavg()[0]];
    if (target.dbProcessName) {
      const cpuSeconds = readCpuSecondsByName(target.dbProcessName) - this.db0;
      record.db = { cpuSeconds, cpuPercent: (cpuSeconds / (window.wallSeconds * share)) * 100 };
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
  }

  fail(err: unknown): void {
    this.record.error ??= (err as Error).message;
  }

  /** Lets the generator go and stops the server. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.connected) {
      child.send({ type: 'exit' } satisfies ToGenerator);
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await new Promise((r) => child.once('exit', r));
      clearTimeout(killer);
    }
    await this.target?.stop().catch(() => undefined);
  }

  private send(m: ToGenerator): void {
    this.child!.send(m);
  }
}

/**
 * Runs one round of `load`: a fresh server of each of `kinds`, all up at once, typing in turns
 * when there is more than one (turns.ts). Servers start one after another, so that no
 * connect phase overlaps another's; a target that fails is reported and the others go on.
 */
export async function runRound(load: Load, kinds: TargetKind[], runId: string): Promise<RunRecord[]> {
  const runs = kinds.map(
    (kind, slot) => new TargetRun(load, kind, runId, kinds.length > 1 ? { slot, slots: kinds.length, blockS: load.turnS, gapS: load.turnGapS } : undefined),
  );
  try {
    for (const run of runs) await run.prepare().catch((err: unknown) => run.fail(err));
    const ready = runs.filter((r) => r.ok);
    for (const run of ready) run.go();
    await Promise.all(ready.map((run) => run.finish().catch((err: unknown) => run.fail(err))));
  } finally {
    await Promise.all(runs.map((run) => run.stop()));
  }
  return runs.map((run) => run.record);
}
