import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimEarlySession, closeUnclaimedEarlySessionSoon, expectEarlySession, openEarlySession } from './earlySession';
import type { EntrySession } from './EntrySession';

/** Just what the registry looks at. */
function session(userId: string) {
  const s = { userId, isDestroyed: false, destroy: () => void (s.isDestroyed = true) };
  return s as typeof s & EntrySession;
}

describe('early session', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('hands the opened session to the page of that entry and user, which then owns it', () => {
    expectEarlySession('e1');
    const s = session('u1');
    openEarlySession('e1', () => s);
    expect(claimEarlySession('e2', 'u1')).toBeNull();
    expect(claimEarlySession('e1', 'u1')).toBe(s);
    expect(claimEarlySession('e1', 'u1')).toBe(s); // strict mode's second initializer call
    closeUnclaimedEarlySessionSoon();
    vi.advanceTimersByTime(60_000);
    expect(s.isDestroyed).toBe(false);
  });

  it('opens none once the page connected itself first', () => {
    expectEarlySession('e1');
    expect(claimEarlySession('e1', 'u1')).toBeNull();
    const open = vi.fn(() => session('u1'));
    openEarlySession('e1', open);
    expect(open).not.toHaveBeenCalled();
  });

  it('closes a session nobody claimed once the app has rendered, and never hands over a closed one or another user’s', () => {
    expectEarlySession('e1');
    const s = session('u1');
    openEarlySession('e1', () => s);
    // However long the app takes to arrive, the user keeps the early editor.
    vi.advanceTimersByTime(60_000);
    expect(s.isDestroyed).toBe(false);
    closeUnclaimedEarlySessionSoon();
    vi.advanceTimersByTime(15_000);
    expect(s.isDestroyed).toBe(true);
    expect(claimEarlySession('e1', 'u1')).toBeNull();

    expectEarlySession('e2');
    openEarlySession('e2', () => session('u1'));
    expect(claimEarlySession('e2', 'u2')).toBeNull();
  });
});
