// The outline (篇目): node rows, and the per-yearbook event log that lets a reconnecting event
// stream catch up. Every change bumps the yearbook's outline version under its row lock.
import type { Insertable, Selectable } from 'kysely';
import type { NodeKind } from '@shared/domain/roles';
import type { NodeRecord, NodeStore, OutlineChange, OutlineEventRecord } from '../types';
import { type Db, type NodesTable, type OutlineEventsTable, readInt } from './db';

/** Rows per INSERT, well under both dialects' bound-parameter limits. */
const ROWS_PER_INSERT = 500;

function toRecord(row: Selectable<NodesTable>): NodeRecord {
  return {
    id: row.id,
    yearbookId: row.yearbook_id,
    parentId: row.parent_id,
    kind: row.kind as NodeKind,
    title: row.title,
    position: readInt(row.position),
    plannedLength: row.planned_length == null ? null : readInt(row.planned_length),
    writtenLength: readInt(row.written_length),
    deletedAt: row.deleted_at,
    deletedWith: row.deleted_with,
  };
}

function toRow(node: NodeRecord): Insertable<NodesTable> {
  return {
    id: node.id,
    yearbook_id: node.yearbookId,
    parent_id: node.parentId,
    kind: node.kind,
    title: node.title,
    position: node.position,
    planned_length: node.plannedLength,
    written_length: node.writtenLength,
    deleted_at: node.deletedAt,
    deleted_with: node.deletedWith,
  };
}

function toEventRecord(row: Selectable<OutlineEventsTable>): OutlineEventRecord {
  return { yearbookId: row.yearbook_id, version: readInt(row.version), payload: row.payload, createdAt: row.created_at };
}

/** The outline store over `db`. */
export function createNodeStore({ kysely }: Db): NodeStore {
  return {
    async findById(id) {
      const row = await kysely.selectFrom('nodes').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    async listByYearbook(yearbookId) {
      const rows = await kysely
        .selectFrom('nodes')
        .selectAll()
        .where('yearbook_id', '=', yearbookId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },

    async applyChange(change: OutlineChange) {
      const nodes = change.upsert ?? [];
      const foreign = nodes.find((n) => n.yearbookId !== change.yearbookId);
      if (foreign) throw new Error(`node ${foreign.id} belongs to yearbook ${foreign.yearbookId}, not ${change.yearbookId}`);
      const count = change.events.length;

      return kysely.transaction().execute(async (trx) => {
        // Bump the version first: the UPDATE row-locks the yearbook on PostgreSQL until commit,
        // so concurrent changes of one yearbook run one after another (distinct, gap-free
        // versions, and no deadlock between their node writes).
        const bumped = await trx
          .updateTable('yearbooks')
          .set((eb) => ({ outline_version: eb('outline_version', '+', count) }))
          .where('id', '=', change.yearbookId)
          .returning('outline_version')
          .executeTakeFirst();
        if (!bumped) throw new Error(`yearbook ${change.yearbookId} not found`);
        const first = readInt(bumped.outline_version) - count + 1;

        for (let i = 0; i < nodes.length; i += ROWS_PER_INSERT) {
          await trx
            .insertInto('nodes')
            .values(nodes.slice(i, i + ROWS_PER_INSERT).map(toRow))
            .onConflict((oc) =>
              oc.column('id').doUpdateSet((eb) => ({
                yearbook_id: eb.ref('excluded.yearbook_id'),
                parent_id: eb.ref('excluded.parent_id'),
                kind: eb.ref('excluded.kind'),
                title: eb.ref('excluded.title'),
                position: eb.ref('excluded.position'),
                planned_length: eb.ref('excluded.planned_length'),
                written_length: eb.ref('excluded.written_length'),
                deleted_at: eb.ref('excluded.deleted_at'),
                deleted_with: eb.ref('excluded.deleted_with'),
              })),
            )
            .execute();
        }

        for (const { nodeId, writtenLength } of change.writtenLengths ?? []) {
          await trx
            .updateTable('nodes')
            .set({ written_length: writtenLength })
            .where('id', '=', nodeId)
            .where('yearbook_id', '=', change.yearbookId)
            .execute();
        }

        const versions = change.events.map((_, i) => first + i);
        if (count > 0) {
          const createdAt = new Date().toISOString();
          const rows = change.events.map((payloadFor, i) => ({
            yearbook_id: change.yearbookId,
            version: versions[i],
            payload: payloadFor(versions[i]),
            created_at: createdAt,
          }));
          for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
            await trx.insertInto('outline_events').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
          }
        }
        return versions;
      });
    },

    async setWrittenLength(nodeId, length) {
      await kysely.updateTable('nodes').set({ written_length: length }).where('id', '=', nodeId).execute();
    },

    async eventsSince(yearbookId, afterVersion, limit) {
      const rows = await kysely
        .selectFrom('outline_events')
        .selectAll()
        .where('yearbook_id', '=', yearbookId)
        .where('version', '>', afterVersion)
        .orderBy('version')
        .limit(limit)
        .execute();
      return rows.map(toEventRecord);
    },
  };
}
