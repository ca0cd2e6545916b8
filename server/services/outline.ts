// The outline (篇目) service: read the tree, create / move / rename / delete / restore nodes under
// the structure rules, and log every change as a versioned OutlineEvent (storage.nodes.applyChange)
// before announcing it ('outline-changed') to the live event streams.
import type { OutlineEvent, OutlineResponse } from '@shared/domain/types';
import type { NodeCreate, NodeUpdate } from '@shared/validation/nodes';
import { badRequest, conflict, notFound, unprocessable } from '../errors';
import type { NodeRecord, OutlineEventRecord, Storage } from '../storage/types';
import type { DomainEvents } from './domainEvents';
import { newId } from './ids';
import { buildTree, densify, insertAt, OutlineIndex, placementError, toOutlineNode } from './outlineRules';
import { createLengthThrottle } from './lengthThrottle';

/** An event without its version (given by storage at commit). */
type PendingEvent = OutlineEvent extends infer E ? (E extends { version: number } ? Omit<E, 'version'> : never) : never;

/** One group of nodes in the recycle bin: the deleted node and what went with it. */
export interface TrashGroup {
  root: NodeRecord;
  /** Nodes deleted together with the root (its descendants at the time). */
  members: NodeRecord[];
  /** Whether the root's parent is live, i.e. whether it can be restored now. */
  restorable: boolean;
}

/** The outline service. */
export interface OutlineService {
  getOutline(yearbookId: string): Promise<OutlineResponse>;
  createNode(yearbookId: string, input: NodeCreate): Promise<NodeRecord>;
  updateNode(node: NodeRecord, input: NodeUpdate): Promise<NodeRecord>;
  /** Moves a node and its live subtree to the recycle bin. */
  deleteNode(node: NodeRecord): Promise<void>;
  listTrash(yearbookId: string): Promise<TrashGroup[]>;
  /** Restores a deleted group under its parent; 409 when the parent is itself deleted. */
  restoreNode(node: NodeRecord): Promise<NodeRecord>;
  /** Logged events after a version (oldest first, at most `limit`). */
  eventsSince(yearbookId: string, afterVersion: number, limit: number): Promise<OutlineEventRecord[]>;
  /** Current outline version of a yearbook (0 when none). */
  currentVersion(yearbookId: string): Promise<number>;
  /** An entry's written length changed (collab callback): store it and log a throttled event. */
  recordWrittenLength(entryId: string, length: number): Promise<void>;
  /** Flushes pending length events. */
  close(): Promise<void>;
}

/** Creates the outline service. */
export function createOutlineService(deps: { storage: Storage; events: DomainEvents; lengthThrottleMs?: number }): OutlineService {
  const { storage, events } = deps;
  // Structural changes of one yearbook run one at a time in this process (read-check-write).
  const locks = new Map<string, Promise<unknown>>();
  function serialize<T>(yearbookId: string, fn: () => Promise<T>): Promise<T> {
    const prev = locks.get(yearbookId) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    locks.set(yearbookId, tail);
    void tail.then(() => locks.get(yearbookId) === tail && locks.delete(yearbookId));
    return run;
  }

  async function commit(
    yearbookId: string,
    upsert: NodeRecord[],
    pending: PendingEvent[],
    writtenLengths?: Array<{ nodeId: string; writtenLength: number }>,
  ): Promise<void> {
    if (pending.length === 0) return;
    const make = (e: PendingEvent, version: number) => ({ ...e, version }) as OutlineEvent;
    const versions = await storage.nodes.applyChange({
      yearbookId,
      upsert,
      writtenLengths,
      events: pending.map((e) => (version: number) => JSON.stringify(make(e, version))),
    });
    pending.forEach((e, i) => events.emit('outline-changed', { yearbookId, event: make(e, versions[i]) }));
  }

  /** Upserted events for every record, in order (last write per id wins). */
  function upserts(records: NodeRecord[]): { nodes: NodeRecord[]; events: PendingEvent[] } {
    const byId = new Map<string, NodeRecord>();
    for (const r of records) byId.set(r.id, r);
    const nodes = [...byId.values()];
    return { nodes, events: nodes.map((n) => ({ type: 'node-upserted' as const, node: toOutlineNode(n) })) };
  }

  async function currentVersion(yearbookId: string): Promise<number> {
    return (await storage.yearbooks.findById(yearbookId))?.outlineVersion ?? 0;
  }

  async function loadIndex(yearbookId: string): Promise<OutlineIndex> {
    return new OutlineIndex(await storage.nodes.listByYearbook(yearbookId));
  }

  function liveParent(index: OutlineIndex, parentId: string | null): NodeRecord | null {
    if (parentId === null) return null;
    const parent = index.byId.get(parentId);
    if (!parent || parent.deletedAt !== null) throw unprocessable('parentId: 上级节点不存在或已删除。', 'parent_not_found');
    return parent;
  }

  function grandparentOf(index: OutlineIndex, parent: NodeRecord | null): NodeRecord | null {
    return parent?.parentId ? (index.byId.get(parent.parentId) ?? null) : null;
  }

  // One transaction per yearbook and interval stores the lengths and logs their events.
  const throttle = createLengthThrottle(deps.lengthThrottleMs ?? 2000, async (yearbookId, lengths) => {
    const changed = [...lengths].map(([nodeId, writtenLength]) => ({ nodeId, writtenLength }));
    await serialize(yearbookId, () =>
      commit(
        yearbookId,
        [],
        changed.map((c) => ({ type: 'length-changed' as const, ...c })),
        changed,
      ),
    );
  });
  /** An entry's yearbook (an entry never changes yearbook), so that a report costs no lookup. */
  const yearbookOfEntry = new Map<string, string>();

  return {
    async getOutline(yearbookId) {
      // Version first: a change landing in between is replayed by the stream, and replays are idempotent.
      const version = await currentVersion(yearbookId);
      return { yearbookId, version, nodes: buildTree(await storage.nodes.listByYearbook(yearbookId)) };
    },

    currentVersion,

    createNode(yearbookId, input) {
      return serialize(yearbookId, async () => {
        if (input.kind !== 'entry' && input.plannedLength != null) throw badRequest('plannedLength: 只有条目可以设置计划字数。');
        const index = await loadIndex(yearbookId);
        const parent = liveParent(index, input.parentId);
        const why = placementError(input.kind, parent, grandparentOf(index, parent));
        if (why) throw unprocessable(`parentId: ${why}`);
        const node: NodeRecord = {
          id: newId(),
          yearbookId,
          parentId: input.parentId,
          kind: input.kind,
          title: input.title,
          position: 0,
          plannedLength: input.kind === 'entry' ? (input.plannedLength ?? null) : null,
          writtenLength: 0,
          deletedAt: null,
          deletedWith: null,
        };
        const ordered = insertAt(index.liveChildren(input.parentId), node, input.position);
        const placed = ordered.map((n, i) => ({ ...n, position: i }));
        const changed = placed.filter((n) => n.id === node.id || n.position !== index.byId.get(n.id)?.position);
        // The new node first, so a client sees it before siblings shift.
        const { nodes, events: evs } = upserts([placed.find((n) => n.id === node.id)!, ...changed]);
        await commit(yearbookId, nodes, evs);
        return placed.find((n) => n.id === node.id)!;
      });
    },

    updateNode(original, input) {
      return serialize(original.yearbookId, async () => {
        const index = await loadIndex(original.yearbookId);
        const current = index.byId.get(original.id);
        if (!current || current.deletedAt !== null) throw notFound('篇目节点');
        if (current.kind !== 'entry' && input.plannedLength != null) throw badRequest('plannedLength: 只有条目可以设置计划字数。');
        let updated: NodeRecord = {
          ...current,
          title: input.title ?? current.title,
          plannedLength: input.plannedLength !== undefined ? input.plannedLength : current.plannedLength,
        };
        const moving = input.parentId !== undefined && input.parentId !== current.parentId;
        const reordering = moving || input.position !== undefined;
        let changed: NodeRecord[] = [updated];
        if (reordering) {
          const parentId = input.parentId !== undefined ? input.parentId : current.parentId;
          if (parentId !== null && index.isSelfOrDescendant(current.id, parentId)) {
            throw unprocessable('parentId: 不能把节点移到它自身或它的下级之下。', 'cycle');
          }
          const parent = liveParent(index, parentId);
          const hasSubsections = index.liveChildren(current.id).some((c) => c.kind === 'section');
          const why = placementError(current.kind, parent, grandparentOf(index, parent), hasSubsections);
          if (why) throw unprocessable(`parentId: ${why}`);
          updated = { ...updated, parentId };
          const target = insertAt(index.liveChildren(parentId).filter((n) => n.id !== current.id), updated, input.position);
          changed = target
            .map((n, i) => ({ ...n, position: i }))
            .filter((n) => n.id === current.id || n.position !== index.byId.get(n.id)!.position);
          if (moving) changed.push(...densify(index.liveChildren(current.parentId).filter((n) => n.id !== current.id)));
          updated = changed.find((n) => n.id === current.id)!;
        }
        const { nodes, events: evs } = upserts(changed);
        await commit(current.yearbookId, nodes, evs);
        return updated;
      });
    },

    deleteNode(original) {
      return serialize(original.yearbookId, async () => {
        const index = await loadIndex(original.yearbookId);
        const current = index.byId.get(original.id);
        if (!current || current.deletedAt !== null) throw notFound('篇目节点');
        const at = deletionTime(index.nodes);
        // Descendants already in the bin keep their own group, so they are restored on their own.
        const group = [current, ...index.descendants(current.id).filter((n) => n.deletedAt === null)].map((n) => ({
          ...n,
          deletedAt: at,
          deletedWith: current.id,
        }));
        const shifted = densify(index.liveChildren(current.parentId).filter((n) => n.id !== current.id));
        await commit(current.yearbookId, [...group, ...shifted], [
          { type: 'node-deleted', nodeIds: group.map((n) => n.id) },
          ...upserts(shifted).events,
        ]);
        const entryIds = group.filter((n) => n.kind === 'entry').map((n) => n.id);
        if (entryIds.length > 0) events.emit('entries-deleted', { yearbookId: current.yearbookId, entryIds });
      });
    },

    async listTrash(yearbookId) {
      const index = await loadIndex(yearbookId);
      return index.nodes
        .filter((n) => n.deletedAt !== null && n.deletedWith === n.id)
        .sort((a, b) => (b.deletedAt! < a.deletedAt! ? -1 : b.deletedAt! > a.deletedAt! ? 1 : 0))
        .map((root) => {
          const parent = root.parentId ? index.byId.get(root.parentId) : null;
          return {
            root,
            members: index.nodes.filter((n) => n.deletedWith === root.id && n.id !== root.id),
            restorable: root.parentId === null || (parent !== undefined && parent !== null && parent.deletedAt === null),
          };
        });
    },

    restoreNode(original) {
      return serialize(original.yearbookId, async () => {
        const index = await loadIndex(original.yearbookId);
        const current = index.byId.get(original.id);
        if (!current) throw notFound('篇目节点');
        if (current.deletedAt === null) throw conflict('该节点不在回收站中。', 'not_deleted');
        if (current.deletedWith !== current.id) {
          const with_ = current.deletedWith ? index.byId.get(current.deletedWith) : undefined;
          throw conflict(`该节点是随「${with_?.title ?? '上级节点'}」一起删除的，请先恢复「${with_?.title ?? '上级节点'}」。`, 'restore_ancestor');
        }
        const parent = current.parentId ? index.byId.get(current.parentId) : null;
        if (parent && parent.deletedAt !== null) {
          throw conflict(`上级节点「${parent.title}」也在回收站中，请先恢复它。`, 'parent_deleted');
        }
        const group = index.nodes
          .filter((n) => n.deletedWith === current.id)
          .map((n) => ({ ...n, deletedAt: null, deletedWith: null }));
        const root = group.find((n) => n.id === current.id)!;
        // Back where it was, as far as the siblings allow.
        const placed = insertAt(index.liveChildren(current.parentId), root, current.position).map((n, i) => ({ ...n, position: i }));
        const shifted = placed.filter((n) => n.id !== root.id && n.position !== index.byId.get(n.id)!.position);
        const restoredRoot = placed.find((n) => n.id === root.id)!;
        const restored = group.map((n) => (n.id === root.id ? restoredRoot : n));
        const all = upserts([...restored, ...shifted]);
        await commit(current.yearbookId, all.nodes, [{ type: 'node-restored', nodeIds: restored.map((n) => n.id) }, ...all.events]);
        return restoredRoot;
      });
    },

    eventsSince(yearbookId, afterVersion, limit) {
      return storage.nodes.eventsSince(yearbookId, afterVersion, limit);
    },

    async recordWrittenLength(entryId, length) {
      let yearbookId = yearbookOfEntry.get(entryId);
      if (yearbookId === undefined) {
        const node = await storage.nodes.findById(entryId);
        if (!node || node.kind !== 'entry') return;
        yearbookOfEntry.set(entryId, (yearbookId = node.yearbookId));
      }
      return throttle.record(yearbookId, entryId, length);
    },

    close() {
      return throttle.flush();
    },
  };
}

/**
 * Now, or a millisecond after the yearbook's latest deletion if that is not earlier: the recycle
 * bin lists the latest deletion first, and two deletions within one millisecond would tie.
 */
function deletionTime(nodes: readonly { deletedAt: string | null }[]): string {
  let latest = 0;
  for (const n of nodes) if (n.deletedAt !== null) latest = Math.max(latest, Date.parse(n.deletedAt));
  return new Date(Math.max(Date.now(), latest + 1)).toISOString();
}
