// Throttles written-length reports per yearbook: the first report of a quiet yearbook is logged at
// once, later ones gather and are logged together at most once per interval, latest value per
// entry. While many people type, each entry's length changes every few seconds; logging each on
// its own cost a transaction per entry (250 a second at 500 open entries), now one per yearbook.

/** The throttle. */
export interface LengthThrottle {
  /** Reports a length; resolves when this report was logged, or folded into a pending batch. */
  record(yearbookId: string, entryId: string, length: number): Promise<void>;
  /** Logs every pending batch now and stops the timers. */
  flush(): Promise<void>;
}

/** Logs one yearbook's batch: entry id → latest length. */
export type LengthLog = (yearbookId: string, lengths: ReadonlyMap<string, number>) => Promise<void>;

interface YearbookState {
  lastAt: number;
  pending: Map<string, number>;
  timer: NodeJS.Timeout | null;
}

/** Creates a throttle that calls `log` at most once per `intervalMs` per yearbook. */
export function createLengthThrottle(intervalMs: number, log: LengthLog): LengthThrottle {
  const state = new Map<string, YearbookState>();

  async function fire(yearbookId: string): Promise<void> {
    const s = state.get(yearbookId);
    if (!s || s.pending.size === 0) return;
    const lengths = s.pending;
    s.pending = new Map();
    s.timer = null;
    s.lastAt = Date.now();
    try {
      await log(yearbookId, lengths);
    } catch (err) {
      console.error(`[outline] could not log ${lengths.size} written length(s) of yearbook ${yearbookId}`, err);
    }
  }

  return {
    async record(yearbookId, entryId, length) {
      let s = state.get(yearbookId);
      if (!s) state.set(yearbookId, (s = { lastAt: 0, pending: new Map(), timer: null }));
      s.pending.set(entryId, length);
      const wait = s.lastAt + intervalMs - Date.now();
      if (wait <= 0 && !s.timer) return fire(yearbookId);
      if (!s.timer) s.timer = setTimeout(() => void fire(yearbookId), Math.max(wait, 0));
    },
    async flush() {
      const ids = [...state.keys()];
      for (const s of state.values()) if (s.timer) clearTimeout(s.timer);
      await Promise.all(ids.map((id) => fire(id)));
      state.clear();
    },
  };
}
