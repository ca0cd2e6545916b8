// Sign-in sessions: created at sign-in, revoked at sign-out or by an admin.
import type { Selectable } from 'kysely';
import type { SessionRecord, SessionStore } from '../types';
import type { Db, SessionsTable } from './db';

function toRecord(row: Selectable<SessionsTable>): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** The session store over `db`. */
export function createSessionStore({ kysely }: Db): SessionStore {
  return {
    async create(session) {
      await kysely
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
          revoked_at: session.revokedAt,
        })
        .execute();
    },

    async findById(id) {
      const row = await kysely.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    async revoke(id, at) {
      // The first revocation time stands.
      await kysely
        .updateTable('sessions')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    },

    async revokeAllForUser(userId, at) {
      // Expired sessions are included: a socket opened before expiry may still be open.
      const rows = await kysely
        .updateTable('sessions')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .returning('id')
        .execute();
      return rows.map((r) => r.id);
    },
  };
}
