// Turns: the servers of a round run at once, each with its own generator, and their clients type
// in turns, in short blocks with a quiet gap after each. Run one after another, two servers met
// the machine in different moods: one round's p95 moved by up to 30 % with what else the host was
// doing, more than the difference being measured. In turns a slow spell falls on both alike.

/** Where one target's typing falls in the cycle of turns. */
export interface Turn {
  /** This target's place in the cycle (0-based). */
  slot: number;
  /** How many targets take turns. */
  slots: number;
  /** Seconds of typing per turn. */
  blockS: number;
  /**
   * Quiet seconds after each turn, so work a server defers (Nianjian's written-length reports fire
   * up to 2 s after an edit, its journal moves 250 ms after) ends before the next target types.
   */
  gapS: number;
}

/**
 * Maps time on the target's own typing clock (ms of its turns only, as the schedule counts it) to
 * time since the start (ms), where that moment falls in its turns. Without a turn, the same.
 */
export function turnClock(turn: Turn | undefined): (typingMs: number) => number {
  if (!turn) return (ms) => ms;
  const block = turn.blockS * 1000;
  const stride = block + turn.gapS * 1000;
  const cycle = turn.slots * stride;
  return (ms) => {
    const n = Math.floor(ms / block);
    return n * cycle + turn.slot * stride + (ms - n * block);
  };
}

/**
 * When every target's turns for `typingMs` of typing are over (ms since the start): the end of
 * the last cycle. A generator checks its documents only then, so that the fresh clients it opens
 * do not fall into another target's turn.
 */
export function turnsOver(turn: Turn | undefined, typingMs: number): number {
  if (!turn) return 0;
  return Math.ceil(typingMs / (turn.blockS * 1000)) * turn.slots * (turn.blockS + turn.gapS) * 1000;
}

/** The share of the wall time that is this target's typing (to state CPU per second of its turns). */
export function turnShare(turn: Turn | undefined): number {
  return turn ? turn.blockS / (turn.slots * (turn.blockS + turn.gapS)) : 1;
}
