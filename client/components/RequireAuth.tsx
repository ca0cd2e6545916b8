// Guards the signed-in part of the app: while the session probe runs it waits; a signed-out
// visitor goes to the sign-in page, which brings them back to where they were going.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@client/hooks/useSession';
import { ErrorResult } from './ErrorResult';
import { PageLoading } from './PageLoading';

/** Renders children only for a signed-in user. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, probeError, retryProbe } = useSession();
  const location = useLocation();
  if (user === undefined) return <PageLoading tip="正在检查登录状态…" />;
  if (user === null) {
    if (probeError) return <ErrorResult error={probeError} onRetry={retryProbe} />;
    const next = location.pathname + location.search + location.hash;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
