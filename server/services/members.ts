// Members of a yearbook and their roles. Every change is announced ('membership-changed') so
// open editor sockets of that user are re-checked at once.
import { ROLES, type Role } from '@shared/domain/roles';
import { notFound } from '../errors';
import type { MemberRecord, Storage, UserRecord } from '../storage/types';
import type { DomainEvents } from './domainEvents';

/** A member with the user's names. */
export interface MemberWithUser {
  member: MemberRecord;
  user: UserRecord;
}

/** The members service. */
export interface MembersService {
  /** Members sorted by role (主编 first), then by name in pinyin order. */
  listMembers(yearbookId: string): Promise<MemberWithUser[]>;
  /** Adds a member or changes their role; 404 when the user does not exist. */
  setRole(yearbookId: string, userId: string, role: Role): Promise<MemberWithUser>;
  /** Removes a member; 404 when they were not one. */
  removeMember(yearbookId: string, userId: string): Promise<void>;
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Creates the members service. */
export function createMembersService(deps: { storage: Storage; events: DomainEvents }): MembersService {
  const { storage, events } = deps;
  return {
    async listMembers(yearbookId) {
      const members = await storage.members.list(yearbookId);
      const rows = await Promise.all(
        members.map(async (member) => ({ member, user: await storage.users.findById(member.userId) })),
      );
      return rows
        .filter((r): r is MemberWithUser => r.user !== undefined)
        .sort(
          (a, b) =>
            ROLES.indexOf(a.member.role) - ROLES.indexOf(b.member.role) ||
            collator.compare(a.user.displayName, b.user.displayName),
        );
    },
    async setRole(yearbookId, userId, role) {
      const user = await storage.users.findById(userId);
      if (!user) throw notFound('用户');
      const member: MemberRecord = { yearbookId, userId, role };
      await storage.members.upsert(member);
      events.emit('membership-changed', { yearbookId, userId, role });
      return { member, user };
    },
    async removeMember(yearbookId, userId) {
      if (!(await storage.members.remove(yearbookId, userId))) throw notFound('该成员');
      events.emit('membership-changed', { yearbookId, userId, role: null });
    },
  };
}
