// Inputs of the quality checker's API: `POST /api/check` and `PUT /api/yearbooks/:id/glossary`.
import { z } from 'zod';
import { MAX_CHECK_TEXT_CHARS } from '../protocol/limits';

/** Most terms one glossary holds (a yearbook's institutions and their short names). */
export const MAX_GLOSSARY_TERMS = 2000;

const term = (max: number) =>
  z
    .string()
    .trim()
    .min(1, '不能为空')
    .refine((s) => [...s].length <= max, `不能超过 ${max} 个字符`)
    .refine((s) => !/[\n\r]/.test(s), '不能含换行');

/** One glossary term: the full name, its abbreviations, and names not to use (old names). */
export const GlossaryTermSchema = z
  .object({
    full: term(100),
    abbreviations: z.array(term(50)).max(20, '简称不能超过 20 个').default([]),
    avoid: z.array(term(100)).max(20, '不宜使用的名称不能超过 20 个').default([]),
  })
  .refine((t) => !t.abbreviations.includes(t.full) && !t.avoid.includes(t.full), '简称或不宜使用的名称不能与全称相同');

/** A yearbook's glossary (the checker's `Glossary`). */
export const GlossarySchema = z.object({
  terms: z.array(GlossaryTermSchema).max(MAX_GLOSSARY_TERMS, `词条不能超过 ${MAX_GLOSSARY_TERMS} 个`),
});
export type GlossaryInput = z.infer<typeof GlossarySchema>;

/** `POST /api/check`: a text (blocks joined by newlines) and what the checker needs to know. */
export const CheckRequestSchema = z.object({
  text: z.string().max(MAX_CHECK_TEXT_CHARS, `文本不能超过 ${MAX_CHECK_TEXT_CHARS} 个字符`),
  recordYear: z.number().int('须为整数').min(1949, '不能早于 1949 年').max(2100, '不能晚于 2100 年'),
  title: z.string().max(200, '标题不能超过 200 个字符').optional(),
  placeName: z.string().max(100, '地名不能超过 100 个字符').optional(),
  glossary: GlossarySchema.optional(),
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;
