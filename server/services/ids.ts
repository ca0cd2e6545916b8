// Random, URL-safe ids and session tokens for every record the services create.
import { createHash, randomBytes } from 'node:crypto';

/** A new record id: 128 random bits, base64url (22 characters). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** A new session token for the cookie: 256 random bits, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The stored id of a session: the SHA-256 of its token, so a copy of the database does not
 * hand out live sessions.
 */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
