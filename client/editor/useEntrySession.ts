// Opens an EntrySession for as long as the component shows the entry, and re-renders on its changes.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { EntrySession, type EntrySessionSnapshot } from './EntrySession';

const EMPTY: EntrySessionSnapshot = {
  status: 'connecting', offlineLoaded: false, synced: false, users: [], closed: null,
  storageTrouble: null, refusal: null, readOnlyByServer: false,
};
const noSubscribe = () => () => {};

/** The entry's session (null until created) and its latest snapshot. */
export function useEntrySession(entryId: string, userId: string): { session: EntrySession | null; snapshot: EntrySessionSnapshot } {
  const [session, setSession] = useState<EntrySession | null>(null);
  useEffect(() => {
    // The offline copy is keyed by user: no session before the user is known.
    if (!entryId || !userId) return;
    const s = new EntrySession(entryId, userId);
    setSession(s);
    return () => {
      setSession(null);
      s.destroy();
    };
  }, [entryId, userId]);
  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getSnapshot ?? (() => EMPTY));
  return { session, snapshot };
}
