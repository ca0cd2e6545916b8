// Who may do what: the one policy table (action × role) and the checks built on it. Routes ask
// it before calling a service; collab asks `authorizeEntry` before a socket may read or write.
// Decisions take the target entry, not only its yearbook, so the entry workflow can narrow them.
import type { Role } from '@shared/domain/roles';
import { forbidden, notFound } from '../errors';
import type { NodeRecord, Storage, YearbookRecord } from '../storage/types';

/** Actions checked inside one yearbook. */
export const YEARBOOK_ACTIONS = [
  'yearbook.read',
  'members.read',
  'members.manage',
  'outline.read',
  'outline.edit',
  'entry.read',
  'entry.write',
] as const;
export type YearbookAction = (typeof YEARBOOK_ACTIONS)[number];

/** Actions outside any yearbook: only an admin may do them. */
export type GlobalAction = 'users.manage' | 'yearbooks.create';

/** The table: which yearbook roles may do each action. An admin may do everything. */
export const POLICY: Record<YearbookAction, readonly Role[]> = {
  'yearbook.read': ['chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'],
  'members.read': ['chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'],
  'members.manage': ['chief-editor'],
  'outline.read': ['chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'],
  'outline.edit': ['chief-editor', 'editor'],
  'entry.read': ['chief-editor', 'editor', 'contributor', 'reviewer', 'inspector'],
  // The chief editor approves entries (定稿) and may correct them; reviewers and inspectors only read.
  'entry.write': ['chief-editor', 'editor', 'contributor'],
};

/** Who is asking. */
export interface Actor {
  id: string;
  isAdmin: boolean;
}

/** What the action is about: a yearbook, or one entry (a node of kind `entry`). */
export type AccessTarget = { yearbookId: string } | { entry: NodeRecord };

/** The access service. */
export interface Access {
  /** The actor's role in a yearbook, or null when not a member. */
  roleIn(userId: string, yearbookId: string): Promise<Role | null>;
  /** True when the actor may do `action` on `target`. */
  can(actor: Actor, action: YearbookAction, target: AccessTarget): Promise<boolean>;
  /** True when the actor may do a global action. */
  canGlobal(actor: Actor, action: GlobalAction): boolean;
  /** Throws 403 unless `can`. */
  assert(actor: Actor, action: YearbookAction, target: AccessTarget): Promise<void>;
  /** Throws 403 unless `canGlobal`. */
  assertGlobal(actor: Actor, action: GlobalAction): void;
  /**
   * Throws 403 unless the actor may see the list of accounts: an admin, or a chief editor of some
   * yearbook (who adds members and needs to find them; creating accounts stays with the admin).
   */
  assertMayListUsers(actor: Actor): Promise<void>;
  /** The yearbook, after checking the action on it (404 when unknown, 403 when not allowed). */
  yearbookFor(actor: Actor, action: YearbookAction, yearbookId: string): Promise<YearbookRecord>;
  /** A live node, after checking the action on its yearbook (entries: on the entry itself). */
  nodeFor(actor: Actor, action: YearbookAction, nodeId: string, opts?: { includeDeleted?: boolean }): Promise<NodeRecord>;
  /** The user's right on an entry's document, for the collab server. */
  authorizeEntry(userId: string, entryId: string): Promise<'write' | 'read' | 'none' | 'missing'>;
}

/** Creates the access service over storage. */
export function createAccess(storage: Storage): Access {
  async function roleIn(userId: string, yearbookId: string): Promise<Role | null> {
    return (await storage.members.find(yearbookId, userId))?.role ?? null;
  }

  async function can(actor: Actor, action: YearbookAction, target: AccessTarget): Promise<boolean> {
    if (actor.isAdmin) return true;
    const yearbookId = 'entry' in target ? target.entry.yearbookId : target.yearbookId;
    const role = await roleIn(actor.id, yearbookId);
    // Per-entry narrowing (workflow state, assignee) will go here; today the role decides.
    return role !== null && POLICY[action].includes(role);
  }

  function canGlobal(actor: Actor, _action: GlobalAction): boolean {
    return actor.isAdmin;
  }

  async function assert(actor: Actor, action: YearbookAction, target: AccessTarget): Promise<void> {
    if (!(await can(actor, action, target))) throw forbidden();
  }

  return {
    roleIn,
    can,
    canGlobal,
    assert,
    assertGlobal(actor, action) {
      if (!canGlobal(actor, action)) throw forbidden('只有管理员可以执行此操作。');
    },
    async assertMayListUsers(actor) {
      if (actor.isAdmin) return;
      for (const yearbook of await storage.yearbooks.listForUser(actor.id)) {
        if ((await roleIn(actor.id, yearbook.id)) === 'chief-editor') return;
      }
      throw forbidden('只有管理员或主编可以查看用户列表。');
    },
    async yearbookFor(actor, action, yearbookId) {
      const yearbook = await storage.yearbooks.findById(yearbookId);
      if (!yearbook) throw notFound('年鉴');
      await assert(actor, action, { yearbookId });
      return yearbook;
    },
    async nodeFor(actor, action, nodeId, opts = {}) {
      const node = await storage.nodes.findById(nodeId);
      if (!node || (node.deletedAt !== null && !opts.includeDeleted)) throw notFound('篇目节点');
      await assert(actor, action, node.kind === 'entry' ? { entry: node } : { yearbookId: node.yearbookId });
      return node;
    },
    async authorizeEntry(userId, entryId) {
      const entry = await storage.nodes.findById(entryId);
      if (!entry || entry.kind !== 'entry' || entry.deletedAt !== null) return 'missing';
      const user = await storage.users.findById(userId);
      if (!user) return 'none';
      const actor = { id: user.id, isAdmin: user.isAdmin };
      if (await can(actor, 'entry.write', { entry })) return 'write';
      if (await can(actor, 'entry.read', { entry })) return 'read';
      return 'none';
    },
  };
}
