// Input of the member routes: `PUT /api/yearbooks/:id/members/:userId`.
import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { IdSchema } from './common';

/** Route parameters of one member. */
export const MemberParamSchema = z.object({ id: IdSchema, userId: IdSchema });
export type MemberParam = z.infer<typeof MemberParamSchema>;

/** The role to give. */
export const MemberPutSchema = z.object({ role: z.enum(ROLES) });
export type MemberPut = z.infer<typeof MemberPutSchema>;
