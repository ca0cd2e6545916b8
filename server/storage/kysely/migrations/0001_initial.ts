// The first schema: users, sessions, yearbooks, members, the outline with its event log, and the
// per-document Yjs update log. Column types differ only where the dialects must (see `types`).
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../db';

/** Builds the migration for one dialect. */
export function initialMigration(dialect: Dialect): Migration {
  const isPg = dialect === 'postgres';
  const types = {
    bool: isPg ? 'boolean' : 'integer',
    bytes: isPg ? 'bytea' : 'blob',
  } as const;

  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('is_admin', types.bool, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('yearbooks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('record_year', 'integer', (c) => c.notNull())
        .addColumn('place_name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('outline_version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('glossary', 'text')
        .execute();

      await db.schema
        .createTable('members')
        .addColumn('yearbook_id', 'text', (c) => c.notNull().references('yearbooks.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('members_pk', ['yearbook_id', 'user_id'])
        .execute();
      await db.schema.createIndex('members_user_id').on('members').column('user_id').execute();

      // parent_id is checked at commit, so one change may write a child before its parent.
      await db.schema
        .createTable('nodes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('yearbook_id', 'text', (c) => c.notNull().references('yearbooks.id').onDelete('cascade'))
        .addColumn('parent_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('planned_length', 'integer')
        .addColumn('written_length', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('deleted_at', 'text')
        .addColumn('deleted_with', 'text')
        .addForeignKeyConstraint('nodes_parent_fk', ['parent_id'], 'nodes', ['id'], (fk) =>
          fk.deferrable().initiallyDeferred(),
        )
        .execute();
      await db.schema
        .createIndex('nodes_yearbook_parent_position')
        .on('nodes')
        .columns(['yearbook_id', 'parent_id', 'position'])
        .execute();

      await db.schema
        .createTable('outline_events')
        .addColumn('yearbook_id', 'text', (c) => c.notNull().references('yearbooks.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('outline_events_pk', ['yearbook_id', 'version'])
        .execute();

      await db.schema
        .createTable('doc_updates')
        .addColumn('id', isPg ? 'bigint' : 'integer', (c) =>
          isPg ? c.generatedAlwaysAsIdentity().primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('doc_name', 'text', (c) => c.notNull())
        .addColumn('data', types.bytes, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('doc_updates_doc_name_id').on('doc_updates').columns(['doc_name', 'id']).execute();
    },
  };
}
