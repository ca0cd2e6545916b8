// Input of the outline routes: create and update a node (类目 / 分目 / 条目).
import { z } from 'zod';
import { NODE_KINDS } from '../domain/roles';
import { boundedText, IdSchema } from './common';

/** Largest planned length (字数) of one entry; a whole city yearbook is about a million. */
export const MAX_PLANNED_LENGTH = 1_000_000;

const PlannedLengthSchema = z.number().int('须为整数').min(0, '不能为负数').max(MAX_PLANNED_LENGTH, `不能超过 ${MAX_PLANNED_LENGTH}`);
const PositionSchema = z.number().int('须为整数').min(0, '不能为负数').max(100_000, '过大');

/** `POST /api/yearbooks/:id/nodes`. Without `position` the node goes last among its siblings. */
export const NodeCreateSchema = z.object({
  parentId: IdSchema.nullable(),
  kind: z.enum(NODE_KINDS),
  title: boundedText(200),
  plannedLength: PlannedLengthSchema.nullable().optional(),
  position: PositionSchema.optional(),
});
export type NodeCreate = z.infer<typeof NodeCreateSchema>;

/** `PATCH /api/nodes/:id`: any subset; `parentId` and/or `position` move the node. */
export const NodeUpdateSchema = z
  .object({
    title: boundedText(200).optional(),
    parentId: IdSchema.nullable().optional(),
    position: PositionSchema.optional(),
    plannedLength: PlannedLengthSchema.nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), '至少需要修改一项');
export type NodeUpdate = z.infer<typeof NodeUpdateSchema>;
