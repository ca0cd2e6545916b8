// The sync benchmark's loads and targets, read from BENCH_SYNC_* environment variables with
// defaults sized so that the whole run stays within a few minutes on a 2-core machine.
import { TARGET_KINDS, type TargetKind } from './targets';

/** One load: D documents × N clients each, typing at a rate, measured for a duration. */
export interface Load {
  label: string;
  docs: number;
  clientsPerDoc: number;
  ratePerClient: number;
  durationS: number;
  warmupS: number;
  /** Rounds of the load (the goals take the median p95 of each target's rounds). */
  rounds: number;
  /**
   * Seconds per turn when the targets of a round run at once and type in turns (turns.ts); 0: one
   * target after another, each typing all the time.
   */
  turnS: number;
  /** Quiet seconds after each turn. */
  turnGapS: number;
  measure: 'all' | 'watcher';
  targets: TargetKind[];
  /** What this load must show, checked in the report. */
  goal: 'p95-vs-reference' | 'p95-under-50ms';
}

/**
 * Seconds of typing before the timed phase. Sampled per second at 50×10, the reference's CPU is
 * steady from the second second of typing; ours only from the fifth or sixth (V8 still compiling
 * the larger server on its helper threads): with 3 s, the first seconds of our timed phase
 * measured the compiler, not the steady state a server spends its days in.
 */
const WARMUP_S = 10;

function num(name: string, fallback: number): number {
  const v = process.env[name];
  return v === undefined || v === '' ? fallback : Number(v);
}

function targets(name: string, fallback: readonly TargetKind[]): TargetKind[] {
  const v = process.env[name];
  if (!v) return [...fallback];
  const list = v.split(',').map((s) => s.trim()) as TargetKind[];
  for (const t of list) if (!TARGET_KINDS.includes(t)) throw new Error(`${name}: unknown target ${t} (known: ${TARGET_KINDS.join(', ')})`);
  return list;
}

function parseShape(s: string): { docs: number; clientsPerDoc: number } {
  const m = /^(\d+)x(\d+)$/.exec(s.trim());
  if (!m) throw new Error(`bad load shape ${s}: want DOCSxCLIENTS, e.g. 20x5`);
  return { docs: Number(m[1]), clientsPerDoc: Number(m[2]) };
}

/**
 * The loads of a run. Env: BENCH_SYNC_LOADS (default `20x5,50x10`), BENCH_SYNC_RATE (edits per
 * client per second, default 2), BENCH_SYNC_DURATION_S (10), BENCH_SYNC_WARMUP_S (10: typing
 * before the timed phase, until both servers' CPU per second is steady — see WARMUP_S),
 * BENCH_SYNC_MEASURE (`all`), BENCH_SYNC_TARGETS (all four), BENCH_SYNC_ROUNDS (3),
 * BENCH_SYNC_TURN_S (3: the reference and Nianjian on SQLite run at once and type in turns of
 * 3 s, see turns.ts and sync.bench.ts; 0: every target alone, one after another),
 * BENCH_SYNC_TURN_GAP_S (2.5 quiet seconds after a turn); the large load: BENCH_SYNC_LARGE
 * (`500x4`, `0` skips it), BENCH_SYNC_LARGE_RATE (1), BENCH_SYNC_LARGE_DURATION_S (20),
 * BENCH_SYNC_LARGE_MEASURE (`watcher`), BENCH_SYNC_LARGE_TARGETS (reference and Nianjian on both
 * databases), BENCH_SYNC_LARGE_ROUNDS (1).
 */
export function loadsFromEnv(): Load[] {
  const loads: Load[] = [];
  const small = process.env.BENCH_SYNC_LOADS ?? '20x5,50x10';
  for (const shape of small.split(',').filter((s) => s.trim() && s.trim() !== '0')) {
    const { docs, clientsPerDoc } = parseShape(shape);
    loads.push({
      label: `${docs}×${clientsPerDoc}`,
      docs,
      clientsPerDoc,
      ratePerClient: num('BENCH_SYNC_RATE', 2),
      durationS: num('BENCH_SYNC_DURATION_S', 10),
      warmupS: num('BENCH_SYNC_WARMUP_S', WARMUP_S),
      rounds: Math.max(1, num('BENCH_SYNC_ROUNDS', 3)),
      turnS: num('BENCH_SYNC_TURN_S', 3),
      turnGapS: num('BENCH_SYNC_TURN_GAP_S', 2.5),
      measure: (process.env.BENCH_SYNC_MEASURE as 'all' | 'watcher') || 'all',
      targets: targets('BENCH_SYNC_TARGETS', TARGET_KINDS),
      goal: 'p95-vs-reference',
    });
  }
  const large = process.env.BENCH_SYNC_LARGE ?? '500x4';
  if (large !== '0' && large !== '') {
    const { docs, clientsPerDoc } = parseShape(large);
    loads.push({
      label: `${docs}×${clientsPerDoc} (${docs * clientsPerDoc} clients)`,
      docs,
      clientsPerDoc,
      ratePerClient: num('BENCH_SYNC_LARGE_RATE', 1),
      durationS: num('BENCH_SYNC_LARGE_DURATION_S', 20),
      warmupS: num('BENCH_SYNC_WARMUP_S', WARMUP_S),
      rounds: Math.max(1, num('BENCH_SYNC_LARGE_ROUNDS', 1)),
      // 2,000 clients per server: one server at a time (the goal is absolute, not a ratio).
      turnS: 0,
      turnGapS: 0,
      measure: (process.env.BENCH_SYNC_LARGE_MEASURE as 'all' | 'watcher') || 'watcher',
      targets: targets('BENCH_SYNC_LARGE_TARGETS', ['y-websocket-server', 'nianjian-sqlite', 'nianjian-postgres']),
      goal: 'p95-under-50ms',
    });
  }
  return loads;
}
