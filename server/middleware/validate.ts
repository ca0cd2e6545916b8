// zValidator with the app's error path: a failed parse throws AppError 400 naming the field
// (`title: 不能为空`); a malformed route id is a 404, since no such thing can exist.
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { AppError, notFound } from '../errors';

/** The first issue as `path: message` (the field first, so the client can point at it). */
export function describeIssue(error: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return '输入无效。';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Validates one part of the request; handlers read `c.req.valid(target)`. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (result.success) return;
    if (target === 'param') throw notFound('对象');
    throw new AppError(400, 'invalid_input', describeIssue(result.error));
  });
}
