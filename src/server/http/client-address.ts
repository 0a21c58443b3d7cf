import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address a request came from. Behind `trustedProxies` proxies (TRUST_PROXY), it is the
 * entry of X-Forwarded-For that the nearest trusted proxy saw; without them the header is
 * ignored, since any client can write it.
 */
export function clientAddress(context: Context, trustedProxies: number): string {
  const socket = safeConnInfo(context);
  if (trustedProxies <= 0) return socket;
  const forwarded = (context.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Each trusted proxy appended the address it saw: the client is that many entries from the end.
  return forwarded[forwarded.length - trustedProxies] ?? forwarded[0] ?? socket;
}

function safeConnInfo(context: Context): string {
  try {
    return getConnInfo(context).remote.address ?? 'unknown';
  } catch {
    // Requests built in tests (app.request) have no socket.
    return 'unknown';
  }
}
