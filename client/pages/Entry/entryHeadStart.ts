// The entry page's head start: when the app opens on /entries/:id, the entry and the caller's
// yearbooks load with the script, beside the session probe, and as soon as both are known (and the
// editor's code is there) the entry's collaborative session connects, while React still renders
// the page (issue 3: interactive in under a second). The page takes both instead of starting anew.
import type { EntryContent, User, Yearbook } from '@shared/domain/types';
import { fetchEntry } from '@client/api/entries';
import { listYearbooks } from '@client/api/yearbooks';
import { expectEarlySession, openEarlySession } from '@client/editor/earlySession';

/** The entry and its yearbook (null when the caller cannot see it). */
export interface EntryPageData {
  entry: EntryContent;
  yearbook: Yearbook | null;
}

/** Loads the entry and the caller's yearbooks at once and picks the entry's yearbook. */
export async function loadEntryPageData(id: string): Promise<EntryPageData> {
  const [entry, yearbooks] = await Promise.all([fetchEntry(id), listYearbooks()]);
  return { entry, yearbook: yearbooks.find((y) => y.id === entry.yearbookId) ?? null };
}

interface HeadStart {
  id: string;
  /** Null once the page took it: a later visit loads afresh. */
  data: Promise<EntryPageData> | null;
  /** The data once it arrived (for the page's first render). */
  settled: EntryPageData | null;
}

let headStart: HeadStart | null = null;

/**
 * Starts loading the entry page's data ahead of the page, and opens the entry's session once the
 * signed-in user and the data are known (client/editor/earlySession.ts; call at most once, at
 * startup). Resolves when the session is open, or when there is none to open (signed out, no such
 * entry, no code): the app's first render waits for it, so that the page finds the session there.
 */
export function startEntryHeadStart(id: string, user: Promise<User | null>): Promise<void> {
  // A signed-out visitor's 401 ends the (absent) session, as the probe beside it finds anyway.
  const data = loadEntryPageData(id);
  const start: HeadStart = { id, data, settled: null };
  headStart = start;
  expectEarlySession(id);
  data.then(
    (loaded) => (start.settled = loaded),
    () => {}, // reported by the page's own load, see takeEntryPageData
  );
  return Promise.all([data, user, import('@client/editor/EntrySession')]).then(
    ([, signedIn, { EntrySession }]) => {
      if (signedIn) openEarlySession(id, () => new EntrySession(id, signedIn.id));
    },
    () => {}, // no head start: the page connects itself
  );
}

/** The head start's data for this entry if it has already arrived, once (the page's first render). */
export function takeSettledEntryPageData(id: string): EntryPageData | undefined {
  if (headStart?.id !== id || !headStart.data || !headStart.settled) return undefined;
  headStart.data = null;
  return headStart.settled;
}

/**
 * The page's first load: the head start when it was for this entry and succeeded, a fresh load
 * otherwise (a failed head start, e.g. before signing in, is not reported: the fresh load reports).
 */
export function takeEntryPageData(id: string): Promise<EntryPageData> {
  const started = headStart?.id === id ? headStart.data : null;
  if (headStart) headStart.data = null;
  return started ? started.catch(() => loadEntryPageData(id)) : loadEntryPageData(id);
}
