// The sync benchmark's output: a console table of every run, the goal checks (p95 against the
// reference, p95 < 50 ms with nothing lost at the large load) and bench/results/sync.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { Load } from './loads';
import type { RunRecord } from './runRound';

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

function median(values: number[]): number | undefined {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Median of the p95s of a target's successful runs at a load (one per round). */
function medianP95(runs: RunRecord[]): number | undefined {
  return median(runs.map((r) => r.latency?.p95).filter((x): x is number => typeof x === 'number'));
}

/**
 * Our p95 over the reference's, round by round: a round puts both before the machine at the same
 * moments (in turns, or one right after the other), so each round is one paired comparison.
 */
function roundRatios(ours: RunRecord[], ref: RunRecord[]): number[] {
  const ratios: number[] = [];
  for (const mine of ours) {
    const theirs = ref.find((r) => r.round === mine.round);
    if (mine.latency && theirs?.latency) ratios.push(mine.latency.p95 / theirs.latency.p95);
  }
  return ratios;
}

/** The goals of each load, checked on Nianjian (SQLite, the default) and reported for PostgreSQL. */
export function checkGoals(loads: Load[], runs: RunRecord[]): GoalCheck[] {
  const checks: GoalCheck[] = [];
  for (const load of loads) {
    const of = (t: string) => runs.filter((r) => r.load === load.label && r.target === t && !r.error);
    for (const ours of ['nianjian-sqlite', 'nianjian-postgres'] as const) {
      if (!load.targets.includes(ours)) continue;
      const mine = of(ours);
      const p95 = medianP95(mine);
      const lossless = mine.length > 0 && mine.every(isLossless);
      if (load.goal === 'p95-vs-reference') {
        const refRuns = of('y-websocket-server');
        const ratios = roundRatios(mine, refRuns);
        const ratio = median(ratios);
        const each = ratios.length > 1 ? ` (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')})` : '';
        checks.push({
          load: load.label,
          goal: 'p95 ≤ 1.1 × @y/websocket-server (median of the rounds), nothing lost',
          target: ours,
          value: `${ratio === undefined ? '—' : ratio.toFixed(2)}×${each}; median p95 ${f1(p95)} / ${f1(medianP95(refRuns))} ms${lossless ? '' : ' (lost edits)'}`,
          pass: ratio === undefined ? null : ratio <= 1.1 && lossless,
        });
      } else {
        checks.push({
          load: load.label,
          goal: 'p95 < 50 ms, nothing lost',
          target: ours,
          value: `${f1(p95)} ms${lossless ? '' : ' (lost edits)'}`,
          pass: p95 === undefined ? null : p95 < 50 && lossless,
        });
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

/** The runs as a Markdown table (for the README). */
export function markdownTable(runs: RunRecord[]): string {
  const head = '| load | server | edits/s | p50 ms | p95 ms | p99 ms | server CPU % | DB CPU % | server RSS MB (peak) | generator CPU % | lost | load avg |';
  const sep = '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const multi = runs.some((r) => (r.round ?? 1) > 1);
  const label = (r: RunRecord) => (multi ? `${r.load} #${r.round ?? 1}` : r.load);
  const rows = runs.map((r) =>
    r.error
      ? `| ${label(r)} | ${r.target} | error: ${r.error.split('\n')[0].slice(0, 80)} |||||||||`
      : `| ${label(r)} | ${r.target} | ${Math.round(r.generator?.achievedRate ?? 0)} | ${f1(r.latency?.p50)} | ${f1(r.latency?.p95)} | ${f1(r.latency?.p99)} | ${f1(r.server?.cpuPercent)} | ${r.db ? f1(r.db.cpuPercent) : '—'} | ${f1(r.server?.rssPeakMb)} | ${f1(r.generator?.generatorCpuPercent)} | ${isLossless(r) ? r.lost : `${r.lost} ✗`} | ${r.loadAvg ? r.loadAvg.map((x) => x.toFixed(1)).join('→') : ''} |`,
  );
  return [head, sep, ...rows].join('\n');
}
