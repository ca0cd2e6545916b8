// What the entry page loads before it opens the editor (the entry and the caller's yearbooks), and
// its head start: when the app opens on /entries/:id, the load starts with the script, beside the
// session probe, instead of after the probe and the page's chunk (issue 3: interactive in < 1 s).
import type { EntryContent, Yearbook } from '@shared/domain/types';
import { fetchEntry } from '@client/api/entries';
import { listYearbooks } from '@client/api/yearbooks';

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

let headStart: { id: string; data: Promise<EntryPageData> } | null = null;

/** Starts loading the entry page's data ahead of the page (call at most once, at startup). */
export function startEntryPageData(id: string): void {
  // A signed-out visitor's 401 ends the (absent) session, as the probe beside it finds anyway.
  headStart = { id, data: loadEntryPageData(id) };
  headStart.data.catch(() => {}); // reported by the page's own load, see takeEntryPageData
}

/**
 * The page's first load: the head start when it was for this entry and succeeded, a fresh load
 * otherwise (a failed head start, e.g. before signing in, is not reported: the fresh load reports).
 */
export function takeEntryPageData(id: string): Promise<EntryPageData> {
  const started = headStart?.id === id ? headStart.data : null;
  headStart = null;
  return started ? started.catch(() => loadEntryPageData(id)) : loadEntryPageData(id);
}
