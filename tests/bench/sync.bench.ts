// Sync benchmark (`npm run bench`): edit propagation latency, server CPU and RSS on loopback for
// Nianjian (SQLite and PostgreSQL) side by side with @y/websocket-server and Hocuspocus, driven by
// a separate generator process. Loads are set by BENCH_SYNC_* env vars (see sync/loads.ts).
import { join } from 'node:path';
import { loadsFromEnv } from './sync/loads';
import { checkGoals, markdownTable, printReport, writeResults } from './sync/report';
import { runRound, type RunRecord } from './sync/runRound';
import type { TargetKind } from './sync/targets';

/** The servers the goal compares, which take turns with each other. */
const TURN_PAIR: readonly TargetKind[] = ['y-websocket-server', 'nianjian-sqlite'];

const RESULTS = process.env.BENCH_SYNC_OUT ?? join(process.cwd(), 'bench/results/sync.json');

/** The runs of a round in turns: the goal's pair together (who goes first alternates by round), then the rest alone. */
function turnGroups(targets: TargetKind[], round: number): TargetKind[][] {
  const pair = targets.filter((t) => TURN_PAIR.includes(t));
  if (round % 2 === 0) pair.reverse();
  const rest = targets.filter((t) => !TURN_PAIR.includes(t)).map((t) => [t]);
  return pair.length > 0 ? [pair, ...rest] : rest;
}

async function main(): Promise<void> {
  const loads = loadsFromEnv();
  const runs: RunRecord[] = [];
  const runId = Date.now().toString(36);
  for (const load of loads) {
    for (let round = 1; round <= load.rounds; round++) {
      // In turns, the reference and Nianjian on SQLite (the goal's pair) run at once, and each
      // round changes who goes first; the other servers run after them, one at a time. With all
      // four in one cycle, Hocuspocus's debounced stores and PostgreSQL's background writes
      // outlasted the quiet gap and fell into the next server's turn, always the same one.
      // Without turns, every target runs alone, interleaved round by round.
      const groups = load.turnS > 0 ? turnGroups(load.targets, round) : load.targets.map((t) => [t]);
      for (const group of groups) {
        const t0 = Date.now();
        const how = group.length > 1 ? `${group.join(', ')} in turns of ${load.turnS} s` : group[0];
        console.log(`sync bench: ${load.label} × ${load.ratePerClient}/s per client, ${load.durationS} s → ${how}${load.rounds > 1 ? ` (round ${round})` : ''} …`);
        for (const r of await runRound(load, group, `${runId}${round}`)) {
          r.round = round;
          const lat = r.latency ? `p50 ${r.latency.p50?.toFixed(1)} p95 ${r.latency.p95?.toFixed(1)} p99 ${r.latency.p99?.toFixed(1)} ms` : `error: ${r.error?.split('\n')[0]}`;
          console.log(`  ${r.target}: ${lat}`);
          runs.push(r);
        }
        console.log(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      }
    }
  }
  const checks = checkGoals(loads, runs);
  printReport(runs, checks);
  const command = ['npm run bench', ...Object.entries(process.env).filter(([k]) => k.startsWith('BENCH_SYNC_')).map(([k, v]) => `${k}=${v}`)].join(' ');
  writeResults(RESULTS, loads, runs, checks, command);
  console.log(`\nwrote ${RESULTS}\n\n${markdownTable(runs)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
