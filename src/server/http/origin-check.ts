import type { MiddlewareHandler } from 'hono';
import { fail } from './respond.ts';

/**
 * Refuses a request that changes something when a browser says it comes from a page of another
 * origin that is not allowed (ALLOWED_ORIGINS). Requests without an Origin (curl, a server) pass:
 * what they can do, any client could do.
 */
export function originCheck(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (context, next) => {
    if (context.req.method === 'GET' || context.req.method === 'HEAD' || context.req.method === 'OPTIONS') {
      return next();
    }
    const origin = context.req.header('origin');
    if (origin === undefined) return next();
    const host = context.req.header('host');
    let sameHost = false;
    try {
      sameHost = new URL(origin).host === host;
    } catch {
      sameHost = false;
    }
    if (sameHost || allowedOrigins.includes(origin)) return next();
    return fail(context, 403, { code: 'origin-not-allowed' });
  };
}
