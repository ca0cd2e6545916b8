// The entry page's head start: when the app opens on /entries/:id, the entry and the caller's
// yearbooks load with the script (index.html asked for them already), beside the session probe.
// The editor's code loads at once too. As soon as the user, the data and the code are there, the
// entry's session connects and its editor shows (earlyEntryView.ts), before React and antd have
// loaded (issue 3: interactive in under a second). The page takes the data, the session and the
// editor over instead of starting anew.
import type { Role } from '@shared/domain/roles';
import type { EntryContent, User, Yearbook } from '@shared/domain/types';
import { fetchEntry } from '@client/api/entries';
import { sessionProbe } from '@client/api/firstSessionProbe';
import { listYearbooks } from '@client/api/yearbooks';
import { expectEarlySession, openEarlySession } from '@client/editor/earlySession';

/** The entry and its yearbook (null when the caller cannot see it). */
export interface EntryPageData {
  entry: EntryContent;
  yearbook: Yearbook | null;
}

const READ_ONLY_ROLES: ReadonlySet<Role> = new Set(['reviewer', 'inspector']);

/** True when the role may only read entries (the server enforces it; this only sets the UI). */
export function isReadOnlyRole(role: Role | null, isAdmin: boolean): boolean {
  if (role == null) return !isAdmin;
  return READ_ONLY_ROLES.has(role);
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

/** The head start's code: the session and the early view (with the editor). */
type HeadStartCode = [typeof import('@client/editor/EntrySession'), typeof import('./earlyEntryView')];

/** Opens the entry's session and shows its editor; resolves once the text has synced. */
function showEntry(id: string, data: EntryPageData, user: User, [{ EntrySession }, view]: HeadStartCode): Promise<void> {
  const session = openEarlySession(id, () => new EntrySession(id, user.id));
  if (!session) return Promise.resolve();
  const role = data.yearbook?.myRole ?? null;
  view.showEarlyEntryView(session, user, { title: data.entry.title, role, editable: !isReadOnlyRole(role, user.isAdmin) });
  return view.whenSynced(session);
}

/**
 * Starts loading the entry page's data and the editor's code ahead of the page, and shows the
 * entry's editor once the signed-in user, the data and the code are there (call at most once, at
 * startup). Resolves once the editor shows the synced text, or when there is none to show (signed
 * out, no such entry, no code). The app loads after that (main.tsx bounds the wait): on two cores,
 * compiling its megabyte of code beside the editor's start slows the editor down.
 */
export function startEntryHeadStart(id: string): Promise<void> {
  // A signed-out visitor's 401 ends the (absent) session, as the probe beside it finds anyway.
  const data = loadEntryPageData(id);
  const start: HeadStart = { id, data, settled: null };
  headStart = start;
  expectEarlySession(id);
  data.then(
    (loaded) => (start.settled = loaded),
    () => {}, // reported by the page's own load, see takeEntryPageData
  );
  const code: Promise<HeadStartCode> = Promise.all([import('@client/editor/EntrySession'), import('./earlyEntryView')]);
  return Promise.all([data, sessionProbe(), code]).then(
    ([loaded, signedIn, loadedCode]) => (signedIn ? showEntry(id, loaded, signedIn, loadedCode) : undefined),
    () => {}, // no head start: the page connects itself, and reports what failed
  ).catch((err) => console.error('[entry] the early editor failed; the page opens its own', err));
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
