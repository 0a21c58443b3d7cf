import { createHmac } from 'node:crypto';

/**
 * A client's address turned into a keyed hash that changes every UTC day: enough to count one
 * client's submissions for the rate limit, useless for finding who they are or following them
 * from one day to the next. The address itself is never stored.
 */
export function createClientHash(secret: string): (address: string, now: Date) => string {
  let day = '';
  let dayKey: Buffer = Buffer.alloc(0);
  return (address, now) => {
    const today = now.toISOString().slice(0, 10);
    if (today !== day) {
      day = today;
      dayKey = createHmac('sha256', secret).update(`client-hash:${today}`).digest();
    }
    return createHmac('sha256', dayKey).update(address).digest('base64url').slice(0, 22);
  };
}
