// Sync benchmark (`npm run bench`): edit propagation latency, server CPU and RSS on loopback for
// Nianjian (SQLite and PostgreSQL) side by side with @y/websocket-server and Hocuspocus, driven by
// a separate generator process. Loads are set by BENCH_SYNC_* env vars (see sync/loads.ts).
import { join } from 'node:path';
import { loadsFromEnv } from './sync/loads';
import { checkGoals, markdownTable, printReport, writeResults } from './sync/report';
import { runRound, type RunRecord } from './sync/runRound';

const RESULTS = process.env.BENCH_SYNC_OUT ?? join(process.cwd(), 'bench/results/sync.json');

async function main(): Promise<void> {
  const loads = loadsFromEnv();
  const runs: RunRecord[] = [];
  const runId = Date.now().toString(36);
  for (const load of loads) {
    for (let round = 1; round <= load.rounds; round++) {
      // In turns, all targets run at once; each round rotates who goes first. Otherwise the
      // targets run one after another, interleaved round by round.
      const shift = (round - 1) % load.targets.length;
      const groups = load.turnS > 0 ? [[...load.targets.slice(shift), ...load.targets.slice(0, shift)]] : load.targets.map((t) => [t]);
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
