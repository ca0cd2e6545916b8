// The sync benchmark's output: a console table of every run, the goal checks (p95 against the
// reference, p95 < 50 ms with nothing lost at the large load) and bench/results/sync.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { Load } from './loads';
import type { RunRecord } from './runLoad';

/** One goal and whether the run met it. */
export interface GoalCheck {
  load: string;
  goal: string;
  target: string;
  value: string;
  pass: boolean | null;
}

const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(1));

/** True when no edit was lost and both verifications (fresh client, REST) found every paragraph. */
export function isLossless(r: RunRecord): boolean {
  if (r.error || r.lost === undefined) return false;
  const fresh = r.verifyFresh ? r.verifyFresh.docsOk === r.docs : false;
  const rest = r.verifyRest ? r.verifyRest.docsOk === r.docs : true;
  return r.lost === 0 && fresh && rest;
}

/** The goals of each load, checked on Nianjian (SQLite, the default) and reported for PostgreSQL. */
export function checkGoals(loads: Load[], runs: RunRecord[]): GoalCheck[] {
  const checks: GoalCheck[] = [];
  for (const load of loads) {
    const of = (t: string) => runs.find((r) => r.load === load.label && r.target === t && !r.error);
    for (const ours of ['nianjian-sqlite', 'nianjian-postgres']) {
      const r = of(ours);
      if (!load.targets.includes(ours as RunRecord['target'])) continue;
      if (load.goal === 'p95-vs-reference') {
        const ref = of('y-websocket-server');
        const ratio = r?.latency && ref?.latency ? r.latency.p95 / ref.latency.p95 : NaN;
        checks.push({ load: load.label, goal: 'p95 ≤ 1.1 × @y/websocket-server', target: ours, value: `${f1(ratio === ratio ? ratio : undefined)}×`, pass: Number.isNaN(ratio) ? null : ratio <= 1.1 && isLossless(r!) });
      } else {
        const p95 = r?.latency?.p95;
        checks.push({ load: load.label, goal: 'p95 < 50 ms, nothing lost', target: ours, value: `${f1(p95)} ms${r && !isLossless(r) ? ' (lost edits)' : ''}`, pass: p95 === undefined ? null : p95 < 50 && isLossless(r!) });
      }
    }
  }
  return checks;
}

/** Prints the run table and the goal checks. */
export function printReport(runs: RunRecord[], checks: GoalCheck[]): void {
  const rows = runs.map((r) => ({
    run: r.load,
    server: r.target,
    'edits/s': r.generator ? Math.round(r.generator.achievedRate) : '—',
    p50: f1(r.latency?.p50),
    p95: f1(r.latency?.p95),
    p99: f1(r.latency?.p99),
    max: f1(r.latency?.max),
    'srv CPU%': f1(r.server?.cpuPercent),
    'db CPU%': r.db ? f1(r.db.cpuPercent) : '',
    'RSS MB': r.server ? `${f1(r.server.rssEndMb)} (peak ${f1(r.server.rssPeakMb)})` : '—',
    'gen CPU%': f1(r.generator?.generatorCpuPercent),
    load: r.loadAvg ? r.loadAvg.map((x) => x.toFixed(1)).join('→') : '',
    lost: r.error ? 'ERROR' : `${r.lost}${isLossless(r) ? '' : ' ✗'}`,
  }));
  console.table(rows);
  for (const r of runs.filter((x) => x.error)) console.log(`\n${r.load} / ${r.target} failed: ${r.error}`);
  for (const r of runs.filter((x) => !x.error && !isLossless(x))) {
    console.log(`\n${r.load} / ${r.target}: lost ${r.lost}, fresh ${JSON.stringify(r.verifyFresh)}, rest ${JSON.stringify(r.verifyRest)}`);
  }
  const busy = runs.filter((r) => r.loadAvg && Math.max(...r.loadAvg) > cpus().length);
  if (busy.length) {
    console.log(`\nWarning: ${busy.length} run(s) had a load average above ${cpus().length} (the core count): other work on the machine was competing for CPU, so latencies include waiting for it.`);
  }
  console.log('\nGoals:');
  for (const c of checks) console.log(`  ${c.pass === null ? '?' : c.pass ? 'PASS' : 'FAIL'}  ${c.load}  ${c.target}: ${c.goal} → ${c.value}`);
}

/** Writes the machine-readable results. */
export function writeResults(path: string, loads: Load[], runs: RunRecord[], checks: GoalCheck[], command: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const body = {
    date: new Date().toISOString(),
    command,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version },
    note: 'Generator and servers share the same cores; latencies in ms; CPU % of one core over the timed phase.',
    loads,
    runs,
    goals: checks,
  };
  writeFileSync(path, JSON.stringify(body, null, 2) + '\n');
}
