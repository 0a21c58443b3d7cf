import type { MiddlewareHandler } from 'hono';
import type { Log } from '../log.ts';

/**
 * One log line per API request: method, path (without its query, which may hold a reader's
 * words), status, duration, and what a route added (`logFields`, e.g. a reference).
 */
export function requestLog(log: Log): MiddlewareHandler {
  return async (context, next) => {
    const started = performance.now();
    await next();
    const fields = (context.get('logFields' as never) as Record<string, string> | undefined) ?? {};
    const status = context.res.status;
    const line = {
      method: context.req.method,
      path: context.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId: context.get('requestId' as never) as string | undefined,
      ...fields,
    };
    if (status >= 500) log.error('request failed', line);
    else log.info('request', line);
  };
}
