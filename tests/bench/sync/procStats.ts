// CPU and memory of another process, read from /proc (Linux): utime+stime from /proc/<pid>/stat
// and VmRSS from /proc/<pid>/status, so the server under test needs no instrumentation.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let clockTicks: number | null = null;

/** Kernel clock ticks per second (getconf CLK_TCK; 100 on Linux almost always). */
function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** utime+stime of a process in seconds, or null when it is gone. */
export function readCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name start at field 3 (state); utime/stime are 14/15.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / ticksPerSecond();
  } catch {
    return null;
  }
}

/** Resident set size in bytes, or null when the process is gone. */
export function readRssBytes(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Summed CPU seconds of every process whose command name is `comm` (e.g. the PostgreSQL backends). */
export function readCpuSecondsByName(comm: string): number {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() !== comm) continue;
    } catch {
      continue;
    }
    total += readCpuSeconds(Number(name)) ?? 0;
  }
  return total;
}

/** What a sampler measured over its window. */
export interface ProcWindow {
  wallSeconds: number;
  cpuSeconds: number;
  /** CPU time over wall time, in percent of one core. */
  cpuPercent: number;
  rssPeakMb: number;
  rssEndMb: number;
}

/** Samples a process's CPU between start() and stop(), and its RSS every `intervalMs`. */
export class ProcSampler {
  private t0 = 0;
  private cpu0 = 0;
  private peak = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 250,
  ) {}

  /** Begins the window. */
  start(): void {
    this.t0 = performance.now();
    this.cpu0 = readCpuSeconds(this.pid) ?? 0;
    this.peak = readRssBytes(this.pid) ?? 0;
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, readRssBytes(this.pid) ?? 0);
    }, this.intervalMs);
  }

  /** Ends the window and returns its figures. */
  stop(): ProcWindow {
    if (this.timer) clearInterval(this.timer);
    const wallSeconds = (performance.now() - this.t0) / 1000;
    const cpuSeconds = (readCpuSeconds(this.pid) ?? this.cpu0) - this.cpu0;
    const rssEnd = readRssBytes(this.pid) ?? 0;
    this.peak = Math.max(this.peak, rssEnd);
    return {
      wallSeconds,
      cpuSeconds,
      cpuPercent: (cpuSeconds / wallSeconds) * 100,
      rssPeakMb: this.peak / 2 ** 20,
      rssEndMb: rssEnd / 2 ** 20,
    };
  }
}
