// Input of `POST /api/session` (sign-in).
import { z } from 'zod';

/** Sign-in credentials. Bounds keep scrypt from hashing megabytes. */
export const SessionCreateSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string().min(1, '请输入密码').max(256, '密码过长'),
});
export type SessionCreate = z.infer<typeof SessionCreateSchema>;
