// The members resource: who works on a yearbook and in which role.
import type { Role } from '@shared/domain/roles';
import type { Member } from '@shared/domain/types';
import { request } from './http';
import { unwrap } from './unwrap';

const base = (yearbookId: string) => `/api/yearbooks/${encodeURIComponent(yearbookId)}/members`;

/** The members of a yearbook. */
export async function listMembers(yearbookId: string): Promise<Member[]> {
  return unwrap<Member[]>(await request<unknown>('GET', base(yearbookId)), 'members');
}

/** Adds a person or changes their role (admin or chief editor). */
export async function setMemberRole(yearbookId: string, userId: string, role: Role): Promise<void> {
  await request<unknown>('PUT', `${base(yearbookId)}/${encodeURIComponent(userId)}`, { body: { role } });
}

/** Removes a person from the yearbook. */
export async function removeMember(yearbookId: string, userId: string): Promise<void> {
  await request<unknown>('DELETE', `${base(yearbookId)}/${encodeURIComponent(userId)}`);
}
