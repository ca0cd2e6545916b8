// Messages between the benchmark's orchestrator (sync.bench.ts) and its load generator process
// (generator.ts), sent over the child-process IPC channel.
import type { Turn } from './turns';
import type { WireKind } from './wire';
import type { LatencySummary } from './tracker';
import type { VerifyResult } from './verifyDocs';

/** One document the generator drives. */
export interface GeneratorDoc {
  /** Document name (Hocuspocus frames carry it; a label otherwise). */
  name: string;
  /** WebSocket URL to connect to. */
  url: string;
}

/** What the generator is told to do. */
export interface GeneratorConfig {
  wire: WireKind;
  /** 'raw': pre-encoded frames on raw sockets; 'provider': @hocuspocus/provider clients (Hocuspocus only). */
  driver: 'raw' | 'provider';
  docs: GeneratorDoc[];
  clientsPerDoc: number;
  /** Edits per client per second. */
  ratePerClient: number;
  /** Measured seconds (after the warm-up). */
  durationS: number;
  /** Seconds of sending before measuring starts. */
  warmupS: number;
  /** 'all': every other client decodes and must receive each edit; 'watcher': one extra socket per doc does. */
  measure: 'all' | 'watcher';
  /** Extra upgrade headers (Cookie, Origin). */
  headers: Record<string, string>;
  /** Handshakes in flight while connecting. */
  connectConcurrency: number;
  /** Seconds to wait after the last send for propagation to finish. */
  drainTimeoutS: number;
  /** Unique run label, part of every paragraph tag. */
  runId: string;
  /** Typing in turns with the other targets (turns.ts); absent: typing all the time. */
  turn?: Turn;
}

/** The generator's report. */
export interface GeneratorResult {
  sockets: number;
  connectSeconds: number;
  /** Typing edits sent (all, including warm-up). */
  sent: number;
  /** Typing edits every required receiver had by the end of the drain. */
  completed: number;
  latency: LatencySummary;
  /** Edits per second actually sent during the timed phase. */
  achievedRate: number;
  /** Worst lateness of a send against its schedule (ms): high values mean the generator was overloaded. */
  sendLagMaxMs: number;
  sendLagOver10ms: number;
  generatorCpuSeconds: number;
  generatorCpuPercent: number;
  /** Unexpected socket closes by code. */
  closes: Record<string, number>;
  /** Per document, the paragraph each client must have (for REST verification by the orchestrator). */
  expected: string[][];
  verify: VerifyResult;
}

/** Orchestrator → generator. */
export type ToGenerator = { type: 'config'; config: GeneratorConfig } | { type: 'go' } | { type: 'exit' };

/** Generator → orchestrator. */
export type FromGenerator =
  | { type: 'ready'; sockets: number; connectSeconds: number }
  | { type: 'done'; result: GeneratorResult }
  | { type: 'failed'; message: string };
