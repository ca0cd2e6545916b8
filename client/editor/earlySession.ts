// An entry's collaborative session opened before its page renders (the entry page's head start
// opens it as soon as the user and the entry are known), and handed to the page that shows that
// entry. One session per entry and page: a page that renders first and connects itself declines
// the early one, which is then never opened. Holds no editor code (type imports only).
import type { EntrySession } from './EntrySession';

/** A session still unclaimed this long (ms) after the app has rendered is closed. */
const UNCLAIMED_SESSION_MS = 15_000;

interface Early {
  entryId: string;
  session: EntrySession | null;
  /** A page took the session over, or connected itself before there was one. */
  settled: boolean;
}

let early: Early | null = null;

/** Announces that an early session for `entryId` may follow (the head start calls it first). */
export function expectEarlySession(entryId: string): void {
  early = { entryId, session: null, settled: false };
}

/**
 * Opens the announced early session with `open` and returns it, unless a page has settled the
 * matter already (null).
 */
export function openEarlySession(entryId: string, open: () => EntrySession): EntrySession | null {
  const current = early;
  if (!current || current.entryId !== entryId || current.settled || current.session) return null;
  const session = open();
  current.session = session;
  return session;
}

/**
 * The app has rendered: the early session, which the user may have been typing in until then
 * (client/pages/Entry/earlyEntryView.ts), is closed if no page claims it soon. Before that, it
 * stays however long the app's code takes to arrive.
 */
export function closeUnclaimedEarlySessionSoon(): void {
  const current = early;
  if (!current?.session || current.settled) return;
  const { session } = current;
  setTimeout(() => {
    if (!current.settled) session.destroy();
  }, UNCLAIMED_SESSION_MS);
}

/**
 * The early session for this entry and user, or null: none yet (the page then connects itself,
 * and none will be opened), another entry or user, or already closed. The caller owns what it
 * gets. Claiming twice in one mount (React's strict mode calls initializers twice) is harmless.
 */
export function claimEarlySession(entryId: string, userId: string): EntrySession | null {
  const current = early;
  if (!current || current.entryId !== entryId) return null;
  current.settled = true;
  const session = current.session;
  if (!session || session.isDestroyed || session.userId !== userId) return null;
  return session;
}
