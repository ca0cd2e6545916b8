// Opens an EntrySession for as long as the component shows the entry, and re-renders on its changes.
// A session the page's head start already opened for this entry and user is taken over.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { claimEarlySession } from './earlySession';
import { EntrySession, type EntrySessionSnapshot } from './EntrySession';

const EMPTY: EntrySessionSnapshot = {
  status: 'connecting', offlineLoaded: false, synced: false, users: [], closed: null,
  storageTrouble: null, refusal: null, readOnlyByServer: false,
};
const noSubscribe = () => () => {};

/** The entry's session (null until created) and its latest snapshot. */
export function useEntrySession(entryId: string, userId: string): { session: EntrySession | null; snapshot: EntrySessionSnapshot } {
  // The head start's session, when there is one, renders with the page's first render.
  const [session, setSession] = useState<EntrySession | null>(() => (entryId && userId ? claimEarlySession(entryId, userId) : null));
  useEffect(() => {
    // The offline copy is keyed by user: no session before the user is known.
    if (!entryId || !userId) return;
    // The session of the first render (claimed for these ids), unless a change of ids closed it.
    const current = session && !session.isDestroyed ? session : null;
    const s = current ?? claimEarlySession(entryId, userId) ?? new EntrySession(entryId, userId);
    if (s !== session) setSession(s);
    return () => {
      setSession(null);
      s.destroy();
    };
    // The session is this effect's own: it must not re-run when it sets one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entryId, userId]);
  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getSnapshot ?? (() => EMPTY));
  return { session, snapshot };
}
