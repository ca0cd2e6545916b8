// Yearbooks (one edition each) with their outline version and glossary.
import type { Selectable } from 'kysely';
import type { Level } from '@shared/domain/roles';
import type { YearbookRecord, YearbookStore } from '../types';
import { type Db, type YearbooksTable, readInt } from './db';

/** Maps a `yearbooks` row (also used by the outline store). */
export function toYearbookRecord(row: Selectable<YearbooksTable>): YearbookRecord {
  return {
    id: row.id,
    title: row.title,
    recordYear: readInt(row.record_year),
    placeName: row.place_name,
    level: row.level as Level,
    createdAt: row.created_at,
    outlineVersion: readInt(row.outline_version),
    glossary: row.glossary,
  };
}

/** The yearbook store over `db`. */
export function createYearbookStore({ kysely }: Db): YearbookStore {
  return {
    async create(yearbook) {
      await kysely
        .insertInto('yearbooks')
        .values({
          id: yearbook.id,
          title: yearbook.title,
          record_year: yearbook.recordYear,
          place_name: yearbook.placeName,
          level: yearbook.level,
          created_at: yearbook.createdAt,
          outline_version: yearbook.outlineVersion,
          glossary: yearbook.glossary,
        })
        .execute();
    },

    async findById(id) {
      const row = await kysely.selectFrom('yearbooks').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toYearbookRecord(row);
    },

    async list() {
      const rows = await kysely.selectFrom('yearbooks').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toYearbookRecord);
    },

    async listForUser(userId) {
      const rows = await kysely
        .selectFrom('yearbooks')
        .innerJoin('members', 'members.yearbook_id', 'yearbooks.id')
        .selectAll('yearbooks')
        .where('members.user_id', '=', userId)
        .orderBy('yearbooks.created_at')
        .orderBy('yearbooks.id')
        .execute();
      return rows.map(toYearbookRecord);
    },

    async setGlossary(id, glossary) {
      await kysely.updateTable('yearbooks').set({ glossary }).where('id', '=', id).execute();
    },
  };
}
