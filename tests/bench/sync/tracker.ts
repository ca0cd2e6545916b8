// Propagation bookkeeping for one document: when each edit was sent and which receivers have it.
// Receivers decode only the update's clock ranges (Y.parseUpdateMeta), so the server may re-encode,
// diff or batch updates; an edit counts as received once the receiver has its sender's end clock.
import * as Y from 'yjs';
import type { ClientScript } from './scripts';

/** Latency samples and counters shared by every document of a run. */
export interface RunTotals {
  /** Propagation latencies (ms) of edits scheduled after the warm-up. */
  latencies: number[];
  /** Edits (k ≥ 1) that every required receiver has. */
  completed: number;
}

/** One document's senders and receivers. */
export class DocTracker {
  /** sentAt[s][k]: performance.now() when sender s sent update k (0 = not sent). */
  readonly sentAt: Float64Array[];
  /** measured[s][k]: 1 when update k of s was scheduled after the warm-up. */
  readonly measured: Uint8Array[];
  private readonly recvCount: Uint16Array[];
  /** next[r][s]: the first update of sender s that receiver r does not have yet. */
  private readonly next: Int32Array[];
  private readonly indexOfClient = new Map<number, number>();

  /**
   * @param scripts the senders' scripts (index = sender's local index)
   * @param receivers how many receiving sockets (senders first, then an optional watcher)
   * @param required how many receivers must have an edit for it to count as propagated
   */
  constructor(
    readonly scripts: ClientScript[],
    receivers: number,
    readonly required: number,
    private readonly totals: RunTotals,
  ) {
    scripts.forEach((s, i) => this.indexOfClient.set(s.clientId, i));
    this.sentAt = scripts.map((s) => new Float64Array(s.updates.length));
    this.measured = scripts.map((s) => new Uint8Array(s.updates.length));
    this.recvCount = scripts.map((s) => new Uint16Array(s.updates.length));
    this.next = Array.from({ length: receivers }, () => new Int32Array(scripts.length));
  }

  /** Records that receiver `r` got an update (relayed update or sync step 2) at `now`. */
  receive(r: number, update: Uint8Array, now: number): void {
    const meta = Y.parseUpdateMeta(update);
    for (const [clientId, to] of meta.to) {
      const s = this.indexOfClient.get(clientId);
      if (s === undefined || s === r) continue;
      const ends = this.scripts[s].endClocks;
      const next = this.next[r];
      let k = next[s];
      while (k < ends.length && ends[k] <= to) {
        this.count(s, k, now);
        k++;
      }
      next[s] = k;
    }
  }

  /** True when receiver `r` has update 0 (the paragraph) of every other sender. */
  hasAllParagraphs(r: number): boolean {
    const next = this.next[r];
    for (let s = 0; s < this.scripts.length; s++) if (s !== r && next[s] < 1) return false;
    return true;
  }

  private count(s: number, k: number, now: number): void {
    if (++this.recvCount[s][k] !== this.required || k === 0) return;
    this.totals.completed++;
    if (this.measured[s][k] && this.sentAt[s][k] > 0) this.totals.latencies.push(now - this.sentAt[s][k]);
  }
}

/** Nearest-rank percentile of a sorted array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** p50/p95/p99/max/mean of latency samples (ms). */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Summarises latency samples. */
export function summarize(samples: number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const sum = samples.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
  };
}
