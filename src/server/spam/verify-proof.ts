import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SpamCheckPayload } from '../../api/spam-check.ts';
import type { SpamCheckSecrets } from './spam-check.ts';

/**
 * ALTCHA's check of a solved challenge that this service made (altcha-lib's `verifySolution`,
 * its key-signature path), with node:crypto's HMAC. altcha-lib goes through Web Crypto: an
 * imported key and an asynchronous job for each of its two HMACs, a tenth of the service's time
 * under load; here they are two synchronous hashes of a few hundred bytes.
 *
 * Our challenges always carry a key signature, so a challenge without one is not ours.
 * tests/unit/server/verify-proof.test.ts holds this to altcha-lib's answer on genuine and forged proofs.
 */
export function verifyProof({ challenge, solution }: SpamCheckPayload, secrets: SpamCheckSecrets): boolean {
  const { keySignature } = challenge.parameters;
  if (!keySignature) return false;
  const signature = hmacHex(secrets.signature, JSON.stringify(sortKeys(challenge.parameters)));
  if (!sameText(challenge.signature, signature)) return false;
  // As altcha-lib: lowercase hex, whole bytes, a counter that fits 32 bits.
  if (!/^(?:[0-9a-f]{2})+$/.test(solution.derivedKey) || solution.counter > 0xffff_ffff) return false;
  return sameText(keySignature, hmacHex(secrets.key, Buffer.from(solution.derivedKey, 'hex')));
}

const hmacHex = (secret: string, data: string | Buffer) => createHmac('sha256', secret).update(data).digest('hex');

/** Compared as bytes: a text as long as a signature in letters may be longer in UTF-8 (é). */
const sameText = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** Keys sorted at every level, undefined values left out: the text altcha-lib signs. */
function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .flatMap((key) => {
        const inner = (value as Record<string, unknown>)[key];
        return inner === undefined ? [] : [[key, sortKeys(inner)]];
      }),
  );
}
