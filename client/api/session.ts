// The session resource: sign in, who am I, sign out.
import type { User } from '@shared/domain/types';
import { SESSION_PATH } from '@client/pageRoutes';
import { request } from './http';
import { unwrap } from './unwrap';

/** Signs in; rejects with ApiError (401 = wrong username or password). */
export async function signIn(username: string, password: string): Promise<User> {
  const body = await request<unknown>('POST', SESSION_PATH, { body: { username, password }, allowUnauthorized: true });
  return unwrap<User>(body, 'user');
}

/** The signed-in user, or null when there is no live session. */
export async function fetchSession(): Promise<User | null> {
  try {
    const body = await request<unknown>('GET', SESSION_PATH, { allowUnauthorized: true });
    return unwrap<User | null>(body, 'user') ?? null;
  } catch (err) {
    if ((err as { status?: number }).status === 401) return null;
    throw err;
  }
}

/** Ends the session on the server. */
export async function signOut(): Promise<void> {
  await request<void>('DELETE', SESSION_PATH, { allowUnauthorized: true });
}
