// Input of `POST /api/users` (admin creates an account).
import { z } from 'zod';
import { boundedText } from './common';

/** A username: 2–32 Latin letters, digits, `.`, `_` or `-` (used to sign in, so easy to type). */
export const UsernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{2,32}$/, '用户名须为 2–32 位字母、数字、点、下划线或连字符');

/** A new account. */
export const UserCreateSchema = z.object({
  username: UsernameSchema,
  password: z.string().min(8, '密码至少 8 位').max(256, '密码过长'),
  displayName: boundedText(64),
  /** Make the account an administrator too (default false). */
  isAdmin: z.boolean().optional(),
});
export type UserCreate = z.infer<typeof UserCreateSchema>;
