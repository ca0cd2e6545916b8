// Building blocks shared by the per-resource schemas: ids, trimmed bounded text.
import { z } from 'zod';

// The interface speaks Chinese, so zod's built-in messages do too (custom messages stay as written).
z.config(z.locales.zhCN());

/** An opaque id as the server issues them (URL-safe, bounded). */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '无效的编号');

/** A route parameter `:id`. */
export const IdParamSchema = z.object({ id: IdSchema });
export type IdParam = z.infer<typeof IdParamSchema>;

/** Trimmed, non-empty text of at most `max` characters (counted by code point). */
export function boundedText(max: number) {
  return z
    .string()
    .trim()
    .min(1, '不能为空')
    .refine((s) => [...s].length <= max, `不能超过 ${max} 个字符`);
}
