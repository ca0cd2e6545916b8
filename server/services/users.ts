// Accounts: created by an admin, listed for the member picker, and the first `admin` account
// created on an empty database. Usernames are stored lower-case; sign-in lower-cases too.
import { randomBytes } from 'node:crypto';
import type { UserCreate } from '@shared/validation/users';
import { conflict } from '../errors';
import type { Storage, UserRecord } from '../storage/types';
import { newId } from './ids';
import { hashPassword } from './passwords';

/** The username of the account created on first start. */
export const ADMIN_USERNAME = 'admin';

/** The users service. */
export interface UsersService {
  /** Creates an account; 409 when the username is taken. */
  createUser(input: UserCreate, opts?: { isAdmin?: boolean }): Promise<UserRecord>;
  /** Every account, sorted by display name (pinyin order). */
  listUsers(): Promise<UserRecord[]>;
  /**
   * On an empty database creates `admin` (isAdmin). Returns the password when it was generated
   * (so the caller can print it once), `null` when it came from config or nothing was created.
   */
  ensureAdmin(password?: string): Promise<{ created: boolean; generatedPassword: string | null }>;
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Creates the users service. */
export function createUsersService(deps: { storage: Storage }): UsersService {
  const { storage } = deps;

  async function createUser(input: UserCreate, opts: { isAdmin?: boolean } = {}): Promise<UserRecord> {
    const username = input.username.trim().toLowerCase();
    if (await storage.users.findByUsername(username)) throw conflict(`用户名 ${username} 已被使用。`, 'username_taken');
    const user: UserRecord = {
      id: newId(),
      username,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      isAdmin: opts.isAdmin ?? false,
      createdAt: new Date().toISOString(),
    };
    try {
      await storage.users.create(user);
    } catch (err) {
      // Two concurrent creations of the same name: the unique index decides, the loser gets 409.
      if (await storage.users.findByUsername(username)) throw conflict(`用户名 ${username} 已被使用。`, 'username_taken');
      throw err;
    }
    return user;
  }

  return {
    createUser,
    async listUsers() {
      const users = await storage.users.list();
      return users.sort((a, b) => collator.compare(a.displayName, b.displayName));
    },
    async ensureAdmin(password) {
      if ((await storage.users.count()) > 0) return { created: false, generatedPassword: null };
      const generated = password ? null : randomBytes(12).toString('base64url');
      await createUser(
        { username: ADMIN_USERNAME, password: password ?? generated!, displayName: '管理员' },
        { isAdmin: true },
      );
      return { created: true, generatedPassword: generated };
    },
  };
}
