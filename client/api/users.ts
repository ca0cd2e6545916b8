// The users resource (admin only): list and create accounts.
import type { User } from '@shared/domain/types';
import { request } from './http';
import { unwrap } from './unwrap';

/** What the admin fills in to create an account. */
export interface UserCreateInput {
  username: string;
  displayName: string;
  password: string;
  isAdmin?: boolean;
}

/** Every account (admin only). */
export async function listUsers(): Promise<User[]> {
  return unwrap<User[]>(await request<unknown>('GET', '/api/users'), 'users');
}

/** Creates an account (admin only). */
export async function createUser(input: UserCreateInput): Promise<User> {
  return unwrap<User>(await request<unknown>('POST', '/api/users', { body: input }), 'user');
}
