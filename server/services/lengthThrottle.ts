// Throttles written-length reports per entry: the first report is logged at once, later ones at
// most once per interval with the latest value (a typist would otherwise log an event a second).

/** The throttle. */
export interface LengthThrottle {
  /** Reports a length; resolves when this report was logged, or folded into a pending one. */
  record(entryId: string, length: number): Promise<void>;
  /** Logs every pending report now and stops the timers. */
  flush(): Promise<void>;
}

/** Creates a throttle that calls `log` at most once per `intervalMs` per entry. */
export function createLengthThrottle(intervalMs: number, log: (entryId: string, length: number) => Promise<void>): LengthThrottle {
  const state = new Map<string, { lastAt: number; pending: number | null; timer: NodeJS.Timeout | null }>();

  async function run(entryId: string, length: number): Promise<void> {
    try {
      await log(entryId, length);
    } catch (err) {
      console.error(`[outline] could not log the written length of entry ${entryId}`, err);
    }
  }

  function fire(entryId: string): Promise<void> {
    const s = state.get(entryId);
    if (!s || s.pending === null) return Promise.resolve();
    const length = s.pending;
    s.pending = null;
    s.timer = null;
    s.lastAt = Date.now();
    return run(entryId, length);
  }

  return {
    async record(entryId, length) {
      const s = state.get(entryId) ?? { lastAt: 0, pending: null, timer: null };
      state.set(entryId, s);
      s.pending = length;
      const wait = s.lastAt + intervalMs - Date.now();
      if (wait <= 0 && !s.timer) return fire(entryId);
      if (!s.timer) s.timer = setTimeout(() => void fire(entryId), Math.max(wait, 0));
    },
    async flush() {
      const ids = [...state.keys()];
      for (const s of state.values()) if (s.timer) clearTimeout(s.timer);
      await Promise.all(ids.map((id) => fire(id)));
      state.clear();
    },
  };
}
