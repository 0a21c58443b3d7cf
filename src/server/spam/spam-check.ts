import { createChallenge, randomInt } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { type SpamChallenge, SpamCheckPayloadSchema } from '../../api/spam-check.ts';
import { verifyProof } from './verify-proof.ts';

export interface SpamCheckSettings {
  /**
   * The solution is a number the browser counts up to, hashing once per step: between half this
   * and this. 20,000 is 0.1 to 0.2 s of Web Crypto hashing in Chromium here (about 10 µs a hash),
   * unnoticed by a person, and a cost per message for a bot.
   */
  work: number;
  /** How long a challenge may be used. */
  lifetimeSeconds: number;
}

export interface SpamCheckSecrets {
  signature: string;
  key: string;
}

/** A solved challenge, ready to be claimed by one submission. */
export interface PassedCheck {
  signature: string;
  expiresAt: string;
}

export interface SpamCheck {
  challenge(): Promise<SpamChallenge>;
  /** The header's payload checked (signature, expiry, solution); undefined when it fails. */
  verify(header: string | undefined): Promise<PassedCheck | undefined>;
}

const algorithm = 'SHA-256';

/** ALTCHA's proof of work (altcha-lib), signed with secrets every instance shares. */
export function createSpamCheck(secrets: SpamCheckSecrets, settings: SpamCheckSettings, now: () => Date): SpamCheck {
  return {
    async challenge() {
      const challenge = await createChallenge({
        algorithm,
        cost: 1,
        counter: randomInt(settings.work, Math.max(1, Math.floor(settings.work / 2))),
        deriveKey,
        expiresAt: Math.floor(now().getTime() / 1000) + settings.lifetimeSeconds,
        hmacSignatureSecret: secrets.signature,
        hmacKeySignatureSecret: secrets.key,
      });
      return challenge as SpamChallenge;
    },
    async verify(header) {
      if (!header || header.length > 4096) return undefined;
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
      } catch {
        return undefined;
      }
      const payload = SpamCheckPayloadSchema.safeParse(decoded);
      if (!payload.success || payload.data.challenge.parameters.algorithm !== algorithm) return undefined;
      const { challenge } = payload.data;
      const expiresAt = challenge.parameters.expiresAt;
      // altcha-lib checks expiry against the wall clock; the service's clock decides here.
      if (!expiresAt || expiresAt * 1000 < now().getTime()) return undefined;
      if (!verifyProof(payload.data, secrets)) return undefined;
      return { signature: challenge.signature, expiresAt: new Date(expiresAt * 1000).toISOString() };
    },
  };
}
