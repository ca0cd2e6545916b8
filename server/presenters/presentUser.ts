// User record → API JSON (never the password hash).
import type { User } from '@shared/domain/types';
import type { UserRecord } from '../storage/types';

/** The API view of a user. */
export function presentUser(u: UserRecord): User {
  return { id: u.id, username: u.username, displayName: u.displayName, isAdmin: u.isAdmin, createdAt: u.createdAt };
}
