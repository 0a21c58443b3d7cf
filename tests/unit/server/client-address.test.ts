import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { clientAddress, clientBucket } from '../../../src/server/http/client-address.ts';

describe('clientBucket', () => {
  test('an IPv4 address is its own client', () => {
    expect(clientBucket('198.51.100.7')).toBe('198.51.100.7');
  });

  test('every address of one IPv6 /64 is the same client', () => {
    const one = clientBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(one).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:db8:1:2::1')).toBe(one);
    expect(clientBucket('2001:0DB8:0001:0002:ffff:0:0:9')).toBe(one);
    expect(clientBucket('[2001:db8:1:2::7]')).toBe(one);
    expect(clientBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  test('the next /64 is another client', () => {
    expect(clientBucket('2001:db8:1:3::1')).not.toBe(clientBucket('2001:db8:1:2::1'));
  });

  test('an IPv4-mapped IPv6 address is the IPv4 address, in either spelling', () => {
    expect(clientBucket('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientBucket('::FFFF:c000:0201')).toBe('192.0.2.1');
    expect(clientBucket('0:0:0:0:0:ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  test('what is not an address is kept as it is', () => {
    expect(clientBucket('unknown')).toBe('unknown');
  });
});

describe('clientAddress', () => {
  const seen = async (headers: Record<string, string>, trustedProxies: number) => {
    const app = new Hono();
    app.get('/', (context) => context.text(clientAddress(context, trustedProxies)));
    return (await app.request('/', { headers })).text();
  };

  test('behind a trusted proxy, a client sending from another address of its /64 is the same client', async () => {
    expect(await seen({ 'x-forwarded-for': '2001:db8:1:2::1' }, 1)).toBe(
      await seen({ 'x-forwarded-for': '2001:db8:1:2::ffff' }, 1),
    );
    expect(await seen({ 'x-forwarded-for': '::ffff:203.0.113.9' }, 1)).toBe('203.0.113.9');
  });
});
