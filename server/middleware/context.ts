// The Hono environment every route shares: the services and config set by createApp, and the
// signed-in user set by the session middleware.
import type { Context } from 'hono';
import { unauthorized } from '../errors';
import type { Services } from '../services';
import type { SessionRecord, UserRecord } from '../storage/types';
import type { OriginPolicy } from './originCheck';

/** What routes need from config. */
export interface HttpSettings extends OriginPolicy {
  /** Session lifetime in hours (cookie Max-Age). */
  sessionTtlHours: number;
  /** Send the cookie with `Secure` (behind HTTPS). */
  secureCookies: boolean;
}

/** The Hono env of the app. */
export interface AppEnv {
  Variables: {
    services: Services;
    settings: HttpSettings;
    user: UserRecord | null;
    session: SessionRecord | null;
  };
}

/** The signed-in user, or a 401. */
export function currentUser(c: Context<AppEnv>): UserRecord {
  const user = c.get('user');
  if (!user) throw unauthorized();
  return user;
}
