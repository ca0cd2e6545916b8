// Slows online password guessing: after too many failed sign-ins for one username within a
// window, further attempts are refused until the window has passed. In memory, per process.

/** The limiter. */
export interface SignInLimiter {
  /** Minutes until the username may try again, or 0 when it may now. */
  blockedFor(username: string): number;
  /** Records a failed attempt. */
  fail(username: string): void;
  /** Forgets the failures after a successful sign-in. */
  succeed(username: string): void;
}

/** Creates a limiter allowing `maxFailures` failures per `windowMs`. */
export function createSignInLimiter(maxFailures = 10, windowMs = 15 * 60_000): SignInLimiter {
  const failures = new Map<string, number[]>();

  function recent(username: string): number[] {
    const since = Date.now() - windowMs;
    const list = (failures.get(username) ?? []).filter((t) => t > since);
    if (list.length === 0) failures.delete(username);
    else failures.set(username, list);
    return list;
  }

  return {
    blockedFor(username) {
      const list = recent(username);
      if (list.length < maxFailures) return 0;
      return Math.max(1, Math.ceil((list[0] + windowMs - Date.now()) / 60_000));
    },
    fail(username) {
      failures.set(username, [...recent(username), Date.now()]);
    },
    succeed(username) {
      failures.delete(username);
    },
  };
}
