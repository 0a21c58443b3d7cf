import { isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The client a request came from, as the rate limits and sign-in locks count it (see
 * `clientBucket`). Behind `trustedProxies` proxies (TRUST_PROXY), it is the entry of
 * X-Forwarded-For that the nearest trusted proxy saw; without them the header is ignored, since any
 * client can write it.
 */
export function clientAddress(context: Context, trustedProxies: number): string {
  const socket = safeConnInfo(context);
  if (trustedProxies <= 0) return clientBucket(socket);
  const forwarded = (context.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Each trusted proxy appended the address it saw: the client is that many entries from the end.
  return clientBucket(forwarded[forwarded.length - trustedProxies] ?? forwarded[0] ?? socket);
}

/**
 * One client per IPv4 address and per IPv6 /64: a single host is given a whole /64, so counting
 * each IPv6 address apart would let it pick a new one for every request. An IPv4-mapped IPv6
 * address (`::ffff:192.0.2.1`, what a dual-stack socket reports) is that IPv4 address. Anything
 * else (no socket in tests) is kept as it is.
 */
export function clientBucket(address: string): string {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return address;
  const groups = ipv6Groups(bare);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail read). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array(8 - front.length - back.length).fill(0), ...back];
}

function safeConnInfo(context: Context): string {
  try {
    return getConnInfo(context).remote.address ?? 'unknown';
  } catch {
    // Requests built in tests (app.request) have no socket.
    return 'unknown';
  }
}
