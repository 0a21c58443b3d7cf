import { type HttpHandler, HttpResponse } from 'msw';
import type { z } from 'zod';
import { type ApiError, ApiErrorSchema, type RouteName, routes } from '../../src/api/index.ts';
import type { DemoDb } from '../db/index.ts';

/** What every domain's handlers are built from: the API base they answer under and the demo account. */
export interface HandlerContext {
  base: string;
  db: DemoDb;
}

export type HandlerFactory = (context: HandlerContext) => HttpHandler[];

/** The full URL pattern of a route under the context's base. */
export const url = (context: HandlerContext, route: RouteName) => context.base + routes[route];

/** A JSON answer built through its schema: a handler cannot answer a shape the contract rejects. */
export function respond<Schema extends z.ZodType>(schema: Schema, data: z.input<Schema>, init?: ResponseInit) {
  return HttpResponse.json(schema.parse(data) as Record<string, unknown>, init);
}

/** An error answer, checked against the error schema. */
export function fail(status: number, error: ApiError, init?: ResponseInit) {
  return HttpResponse.json(ApiErrorSchema.parse(error), { ...init, status });
}

/** Field name → error code, from a failed parse (the first problem of each field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'body';
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * Reads and validates a JSON body. On success `data` is set; otherwise `response` is the 400 with
 * field errors that a real backend would send.
 */
export async function readBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<{ data: z.output<Schema>; response?: undefined } | { data?: undefined; response: Response }> {
  const json: unknown = await request.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  if (parsed.success) return { data: parsed.data };
  return { response: fail(400, { code: 'invalid-input', fieldErrors: fieldErrors(parsed.error) }) };
}

export const notFound = () => fail(404, { code: 'not-found' });
