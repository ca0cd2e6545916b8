// The socket-auth lifecycle (design.md): every open connection indexed by session, user and entry,
// so sign-out and revocation close them (4401), a role change closes or downgrades them (4403)
// and an entry moved to the recycle bin closes its sockets (4404).
import { CLOSE_CODES } from '@shared/protocol';
import type { DomainEvents } from '@server/services/domainEvents';
import type { CollabConnection } from './CollabConnection';
import type { CollabAuthHooks } from './hooks';

/** The open connections and their reaction to domain events. */
export class ConnectionRegistry {
  private readonly all = new Set<CollabConnection>();

  /** Tracks a connection until it closes. */
  add(conn: CollabConnection): void {
    this.all.add(conn);
    conn.onClose(() => this.all.delete(conn));
  }

  /** Open connections matching `pred`. */
  find(pred: (conn: CollabConnection) => boolean): CollabConnection[] {
    return [...this.all].filter(pred);
  }

  /** How many connections are open. */
  get size(): number {
    return this.all.size;
  }

  /** Subscribes to the domain events; returns the function that unsubscribes. */
  watch(events: DomainEvents, authorize: CollabAuthHooks['authorize']): () => void {
    const offs = [
      events.on('session-revoked', ({ sessionId }) => {
        for (const conn of this.find((c) => c.auth.sessionId === sessionId)) {
          conn.close(CLOSE_CODES.UNAUTHORIZED, 'session ended');
        }
      }),
      events.on('membership-changed', ({ userId }) => {
        // The entry's yearbook is not known here; re-checking all of the user's sockets is cheap.
        for (const conn of this.find((c) => c.auth.userId === userId)) void this.reauthorize(conn, authorize);
      }),
      events.on('entries-deleted', ({ entryIds }) => {
        const ids = new Set(entryIds);
        for (const conn of this.find((c) => ids.has(c.entryId))) conn.close(CLOSE_CODES.NOT_FOUND, 'entry deleted');
      }),
    ];
    return () => offs.forEach((off) => off());
  }

  private async reauthorize(conn: CollabConnection, authorize: CollabAuthHooks['authorize']): Promise<void> {
    let access;
    try {
      access = await authorize(conn.auth.userId, conn.entryId);
    } catch (err) {
      console.error(`[collab] re-authorizing ${conn.auth.userId} on ${conn.docName} failed; closing`, err);
      conn.close(CLOSE_CODES.FORBIDDEN, 'authorization failed');
      return;
    }
    if (access === 'missing') conn.close(CLOSE_CODES.NOT_FOUND, 'entry not found');
    else if (access === 'none') conn.close(CLOSE_CODES.FORBIDDEN, 'no longer a member');
    else conn.setAccess(access);
  }
}
