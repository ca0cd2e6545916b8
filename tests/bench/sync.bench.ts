// Sync benchmark (`npm run bench`): edit propagation latency, server CPU and RSS on loopback for
// Nianjian (SQLite and PostgreSQL) side by side with @y/websocket-server and Hocuspocus, driven by
// a separate generator process. Loads are set by BENCH_SYNC_* env vars (see sync/loads.ts).
import { join } from 'node:path';
import { loadsFromEnv } from './sync/loads';
import { checkGoals, markdownTable, printReport, writeResults } from './sync/report';
import { runLoad, type RunRecord } from './sync/runLoad';

const RESULTS = process.env.BENCH_SYNC_OUT ?? join(process.cwd(), 'bench/results/sync.json');

async function main(): Promise<void> {
  const loads = loadsFromEnv();
  const runs: RunRecord[] = [];
  const runId = Date.now().toString(36);
  // Rounds interleave the targets, so a burst of other work on the machine hits them alike.
  for (const load of loads) {
    const rounds = load.rounds;
    for (let round = 1; round <= rounds; round++) for (const target of load.targets) {
      const t0 = Date.now();
      console.log(`sync bench: ${load.label} × ${load.ratePerClient}/s per client, ${load.durationS} s → ${target}${rounds > 1 ? ` (round ${round})` : ''} …`);
      const r = await runLoad(load, target, `${runId}${round}`);
      r.round = round;
      const lat = r.latency ? `p50 ${r.latency.p50?.toFixed(1)} p95 ${r.latency.p95?.toFixed(1)} p99 ${r.latency.p99?.toFixed(1)} ms` : `error: ${r.error?.split('\n')[0]}`;
      console.log(`  ${lat}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      runs.push(r);
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
