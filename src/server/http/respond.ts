import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ServiceError, ServiceErrorSchema } from '../../api/service-errors.ts';

/** An error answer in the contract's shape, checked against it. */
export function fail(
  context: Context,
  status: ContentfulStatusCode,
  error: ServiceError,
  headers: Record<string, string> = {},
): Response {
  return context.json(ServiceErrorSchema.parse(error), status, headers);
}

/** Field name → error code from a failed parse: the first problem of each field. */
export function fieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || 'body';
    errors[field] ??= issue.message;
  }
  return errors;
}
