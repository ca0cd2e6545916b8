// User accounts: rows of `users` mapped to UserRecord.
import type { Selectable } from 'kysely';
import type { UserRecord, UserStore } from '../types';
import { type Db, type UsersTable, readBool, readInt, writeBool } from './db';

function toRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    isAdmin: readBool(row.is_admin),
    createdAt: row.created_at,
  };
}

/** The user store over `db`. */
export function createUserStore({ kysely, dialect }: Db): UserStore {
  return {
    async create(user) {
      await kysely
        .insertInto('users')
        .values({
          id: user.id,
          username: user.username,
          display_name: user.displayName,
          password_hash: user.passwordHash,
          is_admin: writeBool(dialect, user.isAdmin),
          created_at: user.createdAt,
        })
        .execute();
    },

    async findById(id) {
      const row = await kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    async findByUsername(username) {
      const row = await kysely.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return row && toRecord(row);
    },

    async list() {
      const rows = await kysely.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toRecord);
    },

    async count() {
      const row = await kysely
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return readInt(row.n as number | string);
    },
  };
}
