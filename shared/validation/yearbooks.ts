// Input of `POST /api/yearbooks`.
import { z } from 'zod';
import { LEVELS } from '../domain/roles';
import { boundedText } from './common';

/** A new yearbook (one edition recording one year of one place). */
export const YearbookCreateSchema = z.object({
  title: boundedText(100),
  /** The year the yearbook records (成都年鉴 2024 records 2023). */
  recordYear: z.number().int('须为整数').min(1949, '不能早于 1949 年').max(2100, '不能晚于 2100 年'),
  placeName: boundedText(100),
  level: z.enum(LEVELS).default('city'),
});
export type YearbookCreate = z.infer<typeof YearbookCreateSchema>;
