import { z } from './zod.ts';

/**
 * Error codes of the feedback service (the practice Manager's are in errors.ts). The shape is the
 * API's one, `{ code, fieldErrors?, retryAfterSeconds? }`, so one reader handles both.
 */
export const ServiceErrorCodeSchema = z.enum([
  /** The body or a header failed the contract: `fieldErrors` says which field and why. */
  'invalid-input',
  'payload-too-large',
  'unsupported-media-type',
  /** This idempotency key was used for another submission. */
  'idempotency-key-reused',
  /** The proof of work was missing, wrong, expired or already used: get a new challenge. */
  'spam-check-failed',
  'origin-not-allowed',
  /** Staff routes: no session, or it ended (signed out, expired, account removed). */
  'not-signed-in',
  /** The email or the password is wrong (the answer never says which). */
  'sign-in-failed',
  /** Signed in, but this is not theirs to see or do. */
  'forbidden',
  'not-found',
  'method-not-allowed',
  'rate-limited',
  'server-error',
  'unavailable',
]);
export type ServiceErrorCode = z.output<typeof ServiceErrorCodeSchema>;

export const ServiceErrorSchema = z.object({
  code: ServiceErrorCodeSchema,
  fieldErrors: z.record(z.string(), z.string()).optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
export type ServiceError = z.output<typeof ServiceErrorSchema>;

/** `GET health`: whether this instance can reach its database (for a load balancer). */
export const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['sqlite', 'postgres']),
});
export type Health = z.output<typeof HealthSchema>;
