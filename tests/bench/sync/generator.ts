// The sync benchmark's load generator, a separate process (forked by sync.bench.ts) so its CPU is
// measured apart from the server's: pre-built Yjs updates go out on raw sockets (or Hocuspocus
// providers) on a fixed schedule, and receivers record when each edit reached them.
// Steps: config → connect → ready → go → done (with the fresh-client check) → exit.
import { providerClient, rawClient, type BenchClient } from './clients';
import { buildClientScript, expectedParagraph, type ClientScript } from './scripts';
import { inBatches, openSocket, type BenchSocket } from './sockets';
import { DocTracker, summarize, type RunTotals } from './tracker';
import { turnClock, turnShare, turnsOver } from './turns';
import { verifyDocs } from './verifyDocs';
import { createWire } from './wire';
import type { FromGenerator, GeneratorConfig, GeneratorResult, ToGenerator } from './protocol';

/** One sending client. */
interface Sender {
  doc: number;
  local: number;
  phase: number;
  script: ClientScript;
  frames: Uint8Array[];
  client: BenchClient | null;
  sent: number;
}

function post(msg: FromGenerator): void {
  process.send!(msg);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(cfg: GeneratorConfig): Promise<void> {
  const interval = 1000 / cfg.ratePerClient;
  const edits = Math.ceil((cfg.warmupS + cfg.durationS) * cfg.ratePerClient);
  const totals: RunTotals = { latencies: [], completed: 0 };
  const closes: Record<string, number> = {};
  const watcher = cfg.measure === 'watcher';
  const baseId = 1 + Math.floor(Math.random() * 1e9);

  // Pre-build every client's updates and frames before anything is timed.
  const senders: Sender[] = [];
  const trackers: DocTracker[] = [];
  cfg.docs.forEach((d, doc) => {
    const wire = createWire(cfg.wire, d.name);
    const scripts: ClientScript[] = [];
    for (let local = 0; local < cfg.clientsPerDoc; local++) {
      const script = buildClientScript(baseId + senders.length, `〔${cfg.runId}-${doc}-${local}〕`, edits);
      scripts.push(script);
      senders.push({ doc, local, phase: Math.random() * interval, script, frames: script.updates.map((u) => wire.updateFrame(u)), client: null, sent: 0 });
    }
    const receivers = cfg.clientsPerDoc + (watcher ? 1 : 0);
    trackers.push(new DocTracker(scripts, receivers, watcher ? 1 : cfg.clientsPerDoc - 1, totals));
  });

  // Connect: every sender, then one watcher per doc when measuring through watchers.
  const t0 = performance.now();
  const watchers: BenchSocket[] = [];
  const attach = (sock: BenchSocket, doc: number, receiver: number, decode: boolean) => {
    const tracker = trackers[doc];
    if (decode) {
      if (sock.initial) tracker.receive(receiver, sock.initial, performance.now());
      for (const p of sock.pending) tracker.receive(receiver, p.update, p.at);
      sock.onUpdate = (u, now) => tracker.receive(receiver, u, now);
    } else {
      sock.onUpdate = () => undefined;
    }
    sock.initial = null;
    sock.pending = [];
    sock.ws.on('close', (code) => countClose(code));
  };
  let stopping = false;
  const countClose = (code: number) => {
    if (!stopping) closes[code] = (closes[code] ?? 0) + 1;
  };
  if (watcher) {
    await inBatches(cfg.docs, cfg.connectConcurrency, async (d, doc) => {
      const sock = await openSocket(d.url, createWire(cfg.wire, d.name), cfg.headers);
      attach(sock, doc, cfg.clientsPerDoc, true);
      watchers[doc] = sock;
    });
  }
  await inBatches(senders, cfg.connectConcurrency, async (s) => {
    const d = cfg.docs[s.doc];
    if (cfg.driver === 'provider') {
      const tracker = trackers[s.doc];
      const onUpdate = watcher ? null : (u: Uint8Array, now: number) => tracker.receive(s.local, u, now);
      s.client = await providerClient(d.url, d.name, s.script, onUpdate, countClose);
    } else {
      const sock = await openSocket(d.url, createWire(cfg.wire, d.name), cfg.headers);
      attach(sock, s.doc, s.local, !watcher);
      s.client = rawClient(sock, s.frames);
    }
    s.client.send(0); // the client's paragraph, before timing starts
    s.sent = 1;
  });
  const connectSeconds = (performance.now() - t0) / 1000;

  // Every measuring receiver must see every paragraph before the timed run.
  const measuringReceivers = watcher ? cfg.docs.map((_, doc) => ({ doc, r: cfg.clientsPerDoc })) : senders.map((s) => ({ doc: s.doc, r: s.local }));
  const settleBy = performance.now() + 30_000;
  while (!measuringReceivers.every(({ doc, r }) => trackers[doc].hasAllParagraphs(r))) {
    if (performance.now() > settleBy) {
      const stuck = measuringReceivers.filter(({ doc, r }) => !trackers[doc].hasAllParagraphs(r));
      throw new Error(`paragraphs did not propagate within 30 s after connecting (${stuck.length} receivers short, e.g. doc ${stuck[0].doc} receiver ${stuck[0].r})`);
    }
    await sleep(50);
  }
  post({ type: 'ready', sockets: senders.length + watchers.length, connectSeconds });
  await new Promise<void>((resolve) => process.once('message', (m: ToGenerator) => m.type === 'go' && resolve()));

  // Timed run: clients sorted by phase, rounds of one edit each, so sends stay in time order. The
  // schedule counts typing time; in turns, each moment of it falls in this target's turns.
  const wallAt = turnClock(cfg.turn);
  const order = [...senders].sort((a, b) => a.phase - b.phase);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const warmupMs = cfg.warmupS * 1000;
  let round = 0;
  let pos = 0;
  let lagMax = 0;
  let lagOver10 = 0;
  let sent = 0;
  let measuredSent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now() - start;
      while (round < edits) {
        const s = order[pos];
        const due = s.phase + round * interval;
        if (wallAt(due) > now) break;
        const k = round + 1;
        const lag = now - wallAt(due);
        if (lag > lagMax) lagMax = lag;
        if (lag > 10) lagOver10++;
        const tracker = trackers[s.doc];
        if (due >= warmupMs) {
          tracker.measured[s.local][k] = 1;
          measuredSent++;
        }
        if (s.client && s.client.isOpen()) {
          tracker.sentAt[s.local][k] = performance.now();
          s.client.send(k);
          s.sent = k + 1;
          sent++;
        }
        if (++pos === order.length) {
          pos = 0;
          round++;
        }
      }
      if (round >= edits) return resolve();
      const nextDue = wallAt(order[pos].phase + round * interval);
      setTimeout(tick, Math.max(0, nextDue - (performance.now() - start)));
    };
    tick();
  });
  const sendEnd = performance.now();
  const drainBy = sendEnd + cfg.drainTimeoutS * 1000;
  while (totals.completed < sent && performance.now() < drainBy) await sleep(20);
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.now() - start) / 1000;
  const allTypedBy = start + turnsOver(cfg.turn, (cfg.warmupS + cfg.durationS) * 1000);
  while (performance.now() < allTypedBy) await sleep(50);
  // Seconds of this target's own typing in the timed phase, and of its turns in the whole run.
  const timedSeconds = cfg.turn ? cfg.durationS : (sendEnd - start) / 1000 - cfg.warmupS;
  const ownWall = wall * turnShare(cfg.turn);

  // Fresh-client check: each doc must hold every client's paragraph as sent.
  const expected = cfg.docs.map((_, doc) =>
    senders.filter((s) => s.doc === doc).map((s) => expectedParagraph(s.script.tag, s.sent) ?? ''),
  );
  const verify = await verifyDocs(cfg.wire, cfg.docs, cfg.headers, expected, Math.min(20, cfg.connectConcurrency));

  const result: GeneratorResult = {
    sockets: senders.length + watchers.length,
    connectSeconds,
    sent,
    completed: totals.completed,
    latency: summarize(totals.latencies),
    achievedRate: measuredSent / Math.max(timedSeconds, 1e-9),
    sendLagMaxMs: lagMax,
    sendLagOver10ms: lagOver10,
    generatorCpuSeconds: (cpu.user + cpu.system) / 1e6,
    generatorCpuPercent: ((cpu.user + cpu.system) / 1e6 / ownWall) * 100,
    closes,
    expected,
    verify,
  };
  post({ type: 'done', result });
  await new Promise<void>((resolve) => process.once('message', (m: ToGenerator) => m.type === 'exit' && resolve()));
  stopping = true;
  for (const s of senders) s.client?.close();
  for (const w of watchers) w.ws.terminate();
}

process.once('message', (m: ToGenerator) => {
  if (m.type !== 'config') return;
  run(m.config).then(
    () => process.exit(0),
    (err: Error) => {
      post({ type: 'failed', message: err.stack ?? err.message });
      setTimeout(() => process.exit(1), 100);
    },
  );
});
