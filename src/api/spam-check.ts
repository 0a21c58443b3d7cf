import { z } from './zod.ts';

/**
 * The proof of work a submission carries instead of a CAPTCHA (ALTCHA): the browser asks for a
 * challenge, finds the number that solves it (a fraction of a second of hashing, unseen by the
 * reader), and sends challenge and solution in this header, base64-encoded JSON.
 */
export const spamCheckHeader = 'Altcha';

/** `GET feedback/challenge`: what the browser must solve (as altcha-lib creates it). */
export const SpamChallengeSchema = z.object({
  parameters: z.object({
    algorithm: z.string().max(32),
    nonce: z.string().regex(/^[0-9a-f]{1,128}$/),
    salt: z.string().regex(/^[0-9a-f]{1,128}$/),
    cost: z.number().int().positive().max(1_000_000),
    keyLength: z.number().int().positive().max(64),
    keyPrefix: z.string().regex(/^[0-9a-f]{1,128}$/),
    keySignature: z.string().max(256).optional(),
    expiresAt: z.number().int().positive().optional(),
  }),
  signature: z.string().max(256),
});
export type SpamChallenge = z.output<typeof SpamChallengeSchema>;

/** The header's content: the challenge as received and the browser's solution. */
export const SpamCheckPayloadSchema = z.object({
  challenge: SpamChallengeSchema,
  solution: z.object({ counter: z.number().int().nonnegative(), derivedKey: z.string().max(256) }),
});
export type SpamCheckPayload = z.output<typeof SpamCheckPayloadSchema>;

/** Base64 of UTF-8 JSON, in the browser and in Node alike (the payload is ASCII). */
export const encodeSpamCheck = (payload: SpamCheckPayload): string => btoa(JSON.stringify(payload));
