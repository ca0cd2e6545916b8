// The signed-in user for the whole app: probes GET /api/session once, signs in and out, and
// drops the user when any API call answers 401 (so the router sends them to the sign-in page).
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { User } from '@shared/domain/types';
import { setUnauthorizedListener } from '@client/api/http';
import { firstProbeAnswer, takeFirstProbe } from '@client/api/firstSessionProbe';
import * as sessionApi from '@client/api/session';
import { clearOfflineCopiesOf } from './clearOfflineCopies';

/** What the session context offers. */
export interface SessionValue {
  /** undefined while the first probe runs; null when signed out. */
  user: User | null | undefined;
  /** Set when the first probe failed for another reason than "not signed in". */
  probeError: unknown;
  signIn(username: string, password: string): Promise<User>;
  signOut(): Promise<void>;
  retryProbe(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Provides the session to the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  // When the probe has answered before the first render, the app renders signed in (or out) at once.
  const [user, setUser] = useState<User | null | undefined>(firstProbeAnswer);
  const [probeError, setProbeError] = useState<unknown>(null);
  const [probe, setProbe] = useState(0);

  useEffect(() => {
    let live = true;
    setProbeError(null);
    const answer = takeFirstProbe() ?? sessionApi.fetchSession();
    answer.then(
      (u) => live && setUser(u),
      (err) => {
        if (!live) return;
        setProbeError(err);
        setUser(null);
      },
    );
    return () => {
      live = false;
    };
  }, [probe]);

  useEffect(() => {
    setUnauthorizedListener(() => setUser(null));
    return () => setUnauthorizedListener(null);
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const u = await sessionApi.signIn(username, password);
    setProbeError(null);
    setUser(u);
    return u;
  }, []);

  const signOut = useCallback(async () => {
    const current = user;
    try {
      await sessionApi.signOut();
    } finally {
      // The browser's offline copies belong to the user and go with the session, even when the
      // server could not be told.
      if (current) await clearOfflineCopiesOf(current.id);
      setUser(null);
    }
  }, [user]);

  const retryProbe = useCallback(() => setProbe((n) => n + 1), []);

  const value = useMemo(() => ({ user, probeError, signIn, signOut, retryProbe }), [user, probeError, signIn, signOut, retryProbe]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session; must be used under SessionProvider. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
