// Checker benchmark (`npm run bench`): whole-text check of a 1,000,000-character yearbook text,
// re-check latency after one-character edits in a 20,000-character entry, the same text through
// zhlint 0.8.2 and autocorrect-node 2.13.0, and the batch CLI end to end. Writes
// bench/results/check.json. Targets: whole text < 0.5 s, no slower than autocorrect, ≥ 20× faster
// than zhlint, re-check p95 < 2 ms.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check, createChecker, type CheckEntry } from '@shared/checker';
import { run as zhlintRun } from 'zhlint';
import { yearbookParagraphs, seededRandom } from './check/yearbookText';

const ROOT = join(import.meta.dirname, '..', '..');
const RESULTS = process.env.BENCH_CHECK_OUT ?? join(ROOT, 'bench/results/check.json');
const TOTAL_CHARS = Number(process.env.BENCH_CHECK_CHARS ?? 1_000_000);
const EDITS = Number(process.env.BENCH_CHECK_EDITS ?? 300);
const CONTEXT = { recordYear: 2023 };
const PARAGRAPHS_PER_ENTRY = 20;
const WARMUP_EDITS = 200;

/** Wall time and this process's CPU time: the machine may be shared, and CPU time is what the work costs. */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function toEntries(paragraphs: string[]): CheckEntry[] {
  const entries: CheckEntry[] = [];
  for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_ENTRY) {
    entries.push({ title: '', blocks: paragraphs.slice(i, i + PARAGRAPHS_PER_ENTRY).map((text) => ({ kind: 'paragraph', text })) });
  }
  return entries;
}

/** Whole text, entry by entry, each with a fresh checker (no cache): cold, then the median of 3. */
function benchWholeText(entries: CheckEntry[]) {
  const runOnce = () => time(() => entries.reduce((n, e) => n + check(e, CONTEXT).length, 0));
  const cold = runOnce();
  const runs = [runOnce(), runOnce(), runOnce()];
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
  return { coldMs: cold.ms, coldCpuMs: cold.cpuMs, medianMs: median(runs.map((r) => r.ms)), medianCpuMs: median(runs.map((r) => r.cpuMs)), findings: cold.value };
}

/** One-character edits in a 20,000-character entry, re-checked by one incremental checker. */
function benchRecheck() {
  const rnd = seededRandom(7);
  const blocks = yearbookParagraphs(20_000, 7).map((text) => ({ kind: 'paragraph' as const, text }));
  const checker = createChecker(CONTEXT);
  checker.check({ title: '某某条目', blocks });
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < EDITS + WARMUP_EDITS; i++) {
    const b = Math.floor(rnd() * blocks.length);
    const at = Math.floor(rnd() * blocks[b].text.length);
    const text = blocks[b].text;
    blocks[b] = { kind: 'paragraph', text: text.slice(0, at) + (i % 2 ? '的' : '，') + text.slice(at + 1) };
    const { ms, cpuMs } = time(() => checker.check({ title: '某某条目', blocks: blocks.slice() }));
    if (i >= WARMUP_EDITS) {
      // the first edits warm the JIT (an editor session runs long)
      samples.push(ms);
      cpuSamples.push(cpuMs);
    }
  }
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  return {
    edits: samples.length,
    entryChars: blocks.reduce((n, b) => n + b.text.length + 1, -1),
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    maxMs: samples[samples.length - 1],
    cpuP50Ms: percentile(cpuSamples, 50),
    cpuP95Ms: percentile(cpuSamples, 95),
  };
}

function benchZhlint(paragraphs: string[]) {
  return time(() => {
    let n = 0;
    for (const p of paragraphs) n += zhlintRun(p, { rules: { preset: 'default' } }).validations.length;
    return n;
  });
}

function benchAutocorrect(paragraphs: string[]) {
  // CommonJS native addon; a ≥ 250 k-char string hits its call limit, so lint block by block.
  const autocorrect = createRequire(import.meta.url)('autocorrect-node') as { lintFor(t: string, f: string): { lines: unknown[] } };
  return time(() => {
    let n = 0;
    for (const p of paragraphs) n += autocorrect.lintFor(p, 'x.txt').lines.length;
    return n;
  });
}

function benchCli(paragraphs: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'nianjian-check-bench-'));
  const file = join(dir, 'yearbook.txt');
  writeFileSync(file, paragraphs.join('\n'));
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/cli/checkFiles.ts'), '--year', '2023', '--format', 'json', file], {
      cwd: ROOT,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`CLI exited ${r.status}: ${r.stderr}`);
    return { ms, exitCode: r.status, findings: (JSON.parse(r.stdout) as Array<{ findings: unknown[] }>)[0].findings.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const paragraphs = yearbookParagraphs(TOTAL_CHARS);
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const entries = toEntries(paragraphs);
  console.log(`check bench: ${chars} characters, ${paragraphs.length} paragraphs, ${entries.length} entries`);
  const whole = benchWholeText(entries);
  const recheck = benchRecheck();
  const autocorrect = benchAutocorrect(paragraphs);
  const zhlint = benchZhlint(paragraphs);
  const cli = benchCli(paragraphs);

  // Targets on wall time, and on CPU time when the machine is busy with other work (load shown).
  const targets = [
    { goal: 'whole text < 500 ms', wall: whole.medianMs < 500, cpu: whole.medianCpuMs < 500 },
    { goal: 'no slower than autocorrect-node', wall: whole.medianMs <= autocorrect.ms, cpu: whole.medianCpuMs <= autocorrect.cpuMs },
    { goal: '≥ 20× faster than zhlint', wall: zhlint.ms / whole.medianMs >= 20, cpu: zhlint.cpuMs / whole.medianCpuMs >= 20 },
    { goal: 're-check p95 < 2 ms', wall: recheck.p95Ms < 2, cpu: recheck.cpuP95Ms < 2 },
  ];
  const load = loadavg().map((x) => +x.toFixed(2));
  console.table([
    { what: 'nianjian checker, whole text (median of 3, fresh checkers)', ms: +whole.medianMs.toFixed(1), cpuMs: +whole.medianCpuMs.toFixed(1), findings: whole.findings },
    { what: 'nianjian checker, whole text, first run in the process', ms: +whole.coldMs.toFixed(1), cpuMs: +whole.coldCpuMs.toFixed(1), findings: whole.findings },
    { what: 'autocorrect-node 2.13.0 lintFor, paragraph by paragraph', ms: +autocorrect.ms.toFixed(1), cpuMs: +autocorrect.cpuMs.toFixed(1), findings: autocorrect.value },
    { what: 'zhlint 0.8.2 run (preset default), paragraph by paragraph', ms: +zhlint.ms.toFixed(1), cpuMs: +zhlint.cpuMs.toFixed(1), findings: zhlint.value },
    { what: 'batch CLI end to end (tsx start, read, check, JSON)', ms: +cli.ms.toFixed(1), cpuMs: null, findings: cli.findings },
  ]);
  console.log(`re-check after a one-character edit (${recheck.entryChars} chars, ${recheck.edits} edits): p50 ${recheck.p50Ms.toFixed(3)} ms, p95 ${recheck.p95Ms.toFixed(3)} ms, max ${recheck.maxMs.toFixed(3)} ms; CPU p50 ${recheck.cpuP50Ms.toFixed(3)} ms, p95 ${recheck.cpuP95Ms.toFixed(3)} ms`);
  console.log(
    `speed-up (wall / CPU): ${(autocorrect.ms / whole.medianMs).toFixed(1)}× / ${(autocorrect.cpuMs / whole.medianCpuMs).toFixed(1)}× vs autocorrect-node, ` +
      `${(zhlint.ms / whole.medianMs).toFixed(1)}× / ${(zhlint.cpuMs / whole.medianCpuMs).toFixed(1)}× vs zhlint`,
  );
  console.log(`load average ${load.join(' ')} on ${cpus().length} CPUs`);
  const mark = (ok: boolean | null) => (ok === null ? '—' : ok ? '✓' : '✗');
  for (const t of targets) console.log(`wall ${mark(t.wall)}  cpu ${mark(t.cpu)}  ${t.goal}`);

  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        loadavg: load,
        cpus: cpus().length,
        command: 'npm run bench',
        text: { chars, paragraphs: paragraphs.length, entries: entries.length },
        wholeText: whole,
        recheck,
        autocorrect: { ms: autocorrect.ms, cpuMs: autocorrect.cpuMs, findings: autocorrect.value },
        zhlint: { ms: zhlint.ms, cpuMs: zhlint.cpuMs, findings: zhlint.value },
        cli,
        targets,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${RESULTS}`);
}

main();
