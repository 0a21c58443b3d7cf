import { createChallenge, solveChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { describe, expect, test } from 'vitest';
import { type SpamCheckPayload, SpamCheckPayloadSchema } from '../../../src/api/spam-check.ts';
import { verifyProof } from '../../../src/server/spam/verify-proof.ts';

const secrets = { signature: 'signature-secret-for-the-test', key: 'key-signature-secret-for-the-test' };

/** A proof as a browser sends it, read back through the contract's schema as the service does. */
async function solvedProof(): Promise<SpamCheckPayload> {
  const challenge = await createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: 3,
    deriveKey,
    expiresAt: Math.floor(Date.now() / 1000) + 600,
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.key,
  });
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('the test challenge could not be solved');
  return SpamCheckPayloadSchema.parse({
    challenge,
    solution: { counter: solution.counter, derivedKey: solution.derivedKey },
  });
}

/** altcha-lib's own answer, the reference this check must agree with. */
async function altchaSays(payload: SpamCheckPayload, keys = secrets): Promise<boolean> {
  const result = await verifySolution({
    ...payload,
    deriveKey,
    hmacSignatureSecret: keys.signature,
    hmacKeySignatureSecret: keys.key,
  });
  return result.verified;
}

const forgeries: Record<string, (proof: SpamCheckPayload) => SpamCheckPayload> = {
  'another salt': (p) => ({
    ...p,
    challenge: { ...p.challenge, parameters: { ...p.challenge.parameters, salt: 'ab' } },
  }),
  'a later expiry': (p) => ({
    ...p,
    challenge: {
      ...p.challenge,
      parameters: { ...p.challenge.parameters, expiresAt: (p.challenge.parameters.expiresAt ?? 0) + 3600 },
    },
  }),
  // Its first digit changed (a signature that starts with 0 one time in 16 gets a 1).
  'another signature': (p) => ({
    ...p,
    challenge: {
      ...p.challenge,
      signature: `${p.challenge.signature.startsWith('0') ? '1' : '0'}${p.challenge.signature.slice(1)}`,
    },
  }),
  'the signature in capitals': (p) => ({
    ...p,
    challenge: { ...p.challenge, signature: p.challenge.signature.toUpperCase() },
  }),
  'another derived key': (p) => ({ ...p, solution: { ...p.solution, derivedKey: '00'.repeat(32) } }),
  'the derived key in capitals': (p) => ({
    ...p,
    solution: { ...p.solution, derivedKey: p.solution.derivedKey.toUpperCase() },
  }),
  'half a byte more': (p) => ({ ...p, solution: { ...p.solution, derivedKey: `${p.solution.derivedKey}0` } }),
  'an empty derived key': (p) => ({ ...p, solution: { ...p.solution, derivedKey: '' } }),
  'a signature in accented letters, as long as a real one': (p) => ({
    ...p,
    challenge: { ...p.challenge, signature: 'é'.repeat(p.challenge.signature.length) },
  }),
  'another key signature': (p) => ({
    ...p,
    challenge: { ...p.challenge, parameters: { ...p.challenge.parameters, keySignature: 'ff'.repeat(32) } },
  }),
};

describe('verifyProof', () => {
  test('a solved challenge of ours passes, as altcha-lib says', async () => {
    for (let n = 0; n < 5; n++) {
      const proof = await solvedProof();
      expect(await altchaSays(proof)).toBe(true);
      expect(verifyProof(proof, secrets)).toBe(true);
    }
  });

  test.each(Object.keys(forgeries))('%s: refused, as altcha-lib refuses it', async (name) => {
    const forged = forgeries[name]?.(await solvedProof()) as SpamCheckPayload;
    expect(await altchaSays(forged)).toBe(false);
    expect(verifyProof(forged, secrets)).toBe(false);
  });

  test('a challenge signed with other secrets is refused', async () => {
    const proof = await solvedProof();
    const others = { signature: 'another-signature-secret', key: 'another-key-secret' };
    expect(await altchaSays(proof, others)).toBe(false);
    expect(verifyProof(proof, others)).toBe(false);
  });

  test('a challenge without a key signature is not one of ours', async () => {
    const proof = await solvedProof();
    const { keySignature: _, ...parameters } = proof.challenge.parameters;
    expect(verifyProof({ ...proof, challenge: { ...proof.challenge, parameters } }, secrets)).toBe(false);
  });
});
