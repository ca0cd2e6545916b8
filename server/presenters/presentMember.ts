// Member (+ user) → API JSON.
import type { Member } from '@shared/domain/types';
import type { MemberWithUser } from '../services/members';

/** The API view of a member. */
export function presentMember({ member, user }: MemberWithUser): Member {
  return { userId: user.id, username: user.username, displayName: user.displayName, role: member.role };
}
