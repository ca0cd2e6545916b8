// Sign-in, session lookup and sign-out. Sessions live server-side (storage.sessions) under the
// SHA-256 of the cookie token; they expire after the configured TTL and can be revoked.
import { AppError, unauthorized } from '../errors';
import type { SessionRecord, Storage, UserRecord } from '../storage/types';
import type { DomainEvents } from './domainEvents';
import { newToken, sessionIdOf } from './ids';
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords';
import { createSignInLimiter } from './signInLimiter';

/** A valid session with its user. */
export interface AuthenticatedSession {
  user: UserRecord;
  session: SessionRecord;
}

/** The auth service. */
export interface AuthService {
  /** Checks the credentials and opens a session; throws 401 with one message for any mismatch. */
  signIn(username: string, password: string): Promise<{ token: string; user: UserRecord; session: SessionRecord }>;
  /** The live session of a cookie token, or null (unknown, expired, revoked, malformed). */
  authenticate(token: string | undefined): Promise<AuthenticatedSession | null>;
  /** Revokes a session and announces it (its sockets close). Unknown ids are ignored. */
  revokeSession(sessionId: string): Promise<void>;
  /** Revokes every session of a user and announces each. */
  revokeAllForUser(userId: string): Promise<void>;
  /**
   * Announces the session's expiry when it comes, even if no request uses it then: long-lived
   * editor sockets ride on a session and must close (4401) when it expires.
   */
  watchExpiry(session: SessionRecord): void;
  /** Stops the expiry timers. */
  close(): void;
}

/** setTimeout's largest delay (about 24.8 days); longer waits re-arm. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Creates the auth service. */
export function createAuthService(deps: {
  storage: Storage;
  events: DomainEvents;
  sessionTtlHours: number;
  /** Failed sign-ins allowed per username in 15 minutes (default 10). */
  maxSignInFailures?: number;
}): AuthService {
  const { storage, events } = deps;
  const limiter = createSignInLimiter(deps.maxSignInFailures ?? 10);
  const ttlMs = deps.sessionTtlHours * 3600_000;
  const expiryTimers = new Map<string, NodeJS.Timeout>();

  async function expire(sessionId: string): Promise<void> {
    const session = await storage.sessions.findById(sessionId);
    if (!session || session.revokedAt !== null) return;
    await storage.sessions.revoke(session.id, new Date().toISOString());
    events.emit('session-revoked', { sessionId: session.id, userId: session.userId });
  }

  function arm(session: SessionRecord): void {
    const wait = Date.parse(session.expiresAt) - Date.now();
    const timer = setTimeout(() => {
      expiryTimers.delete(session.id);
      if (wait > MAX_TIMER_MS) return arm(session);
      expire(session.id).catch((err) => console.error(`[auth] expiring session failed`, err));
    }, Math.min(Math.max(wait, 0), MAX_TIMER_MS));
    timer.unref();
    expiryTimers.set(session.id, timer);
  }

  return {
    async signIn(username, password) {
      const name = username.trim().toLowerCase();
      const wait = limiter.blockedFor(name);
      if (wait > 0) throw new AppError(429, 'too_many_attempts', `登录失败次数过多，请 ${wait} 分钟后再试。`);
      const user = await storage.users.findByUsername(name);
      // Compare against a dummy hash for unknown users so timing does not reveal usernames.
      const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
      if (!user || !ok) {
        limiter.fail(name);
        throw unauthorized('用户名或密码错误。');
      }
      limiter.succeed(name);
      const token = newToken();
      const now = new Date();
      const session: SessionRecord = {
        id: sessionIdOf(token),
        userId: user.id,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
        revokedAt: null,
      };
      await storage.sessions.create(session);
      return { token, user, session };
    },

    async authenticate(token) {
      if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
      const session = await storage.sessions.findById(sessionIdOf(token));
      if (!session || session.revokedAt !== null) return null;
      if (Date.parse(session.expiresAt) <= Date.now()) {
        // Mark it ended so the collab registry closes sockets still riding on it.
        await storage.sessions.revoke(session.id, new Date().toISOString());
        events.emit('session-revoked', { sessionId: session.id, userId: session.userId });
        return null;
      }
      const user = await storage.users.findById(session.userId);
      return user ? { user, session } : null;
    },

    async revokeSession(sessionId) {
      const session = await storage.sessions.findById(sessionId);
      if (!session || session.revokedAt !== null) return;
      await storage.sessions.revoke(sessionId, new Date().toISOString());
      events.emit('session-revoked', { sessionId, userId: session.userId });
    },

    async revokeAllForUser(userId) {
      const ids = await storage.sessions.revokeAllForUser(userId, new Date().toISOString());
      for (const sessionId of ids) events.emit('session-revoked', { sessionId, userId });
    },

    watchExpiry(session) {
      if (!expiryTimers.has(session.id)) arm(session);
    },

    close() {
      for (const timer of expiryTimers.values()) clearTimeout(timer);
      expiryTimers.clear();
    },
  };
}
