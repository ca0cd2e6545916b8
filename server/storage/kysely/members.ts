// Yearbook membership: one role per (yearbook, user).
import type { Selectable } from 'kysely';
import type { Role } from '@shared/domain/roles';
import type { MemberRecord, MemberStore } from '../types';
import { type Db, type MembersTable, readInt } from './db';

function toRecord(row: Selectable<MembersTable>): MemberRecord {
  return { yearbookId: row.yearbook_id, userId: row.user_id, role: row.role as Role };
}

/** The member store over `db`. */
export function createMemberStore({ kysely }: Db): MemberStore {
  return {
    async list(yearbookId) {
      const rows = await kysely
        .selectFrom('members')
        .selectAll()
        .where('yearbook_id', '=', yearbookId)
        .orderBy('user_id')
        .execute();
      return rows.map(toRecord);
    },

    async find(yearbookId, userId) {
      const row = await kysely
        .selectFrom('members')
        .selectAll()
        .where('yearbook_id', '=', yearbookId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toRecord(row);
    },

    async upsert(member) {
      await kysely
        .insertInto('members')
        .values({ yearbook_id: member.yearbookId, user_id: member.userId, role: member.role })
        .onConflict((oc) => oc.columns(['yearbook_id', 'user_id']).doUpdateSet({ role: member.role }))
        .execute();
    },

    async remove(yearbookId, userId) {
      const result = await kysely
        .deleteFrom('members')
        .where('yearbook_id', '=', yearbookId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return readInt(result.numDeletedRows) > 0;
    },
  };
}
