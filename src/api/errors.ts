import { z } from './zod.ts';

/**
 * Every error code the API answers with. The Manager translates them (`sandbox.error.<code>`),
 * so a code is the whole message: no free text crosses the wire.
 */
export const ApiErrorCodeSchema = z.enum([
  'invalid-input',
  'not-found',
  'leave-refused',
  'customization-not-allowed',
  'not-allowed',
  'wrong-password',
  'only-account-of-organization',
  'account-deleted',
  'transfer-not-failed',
  'current-session',
  'server-error',
  'rate-limited',
]);
export type ApiErrorCode = z.output<typeof ApiErrorCodeSchema>;

/** Why an organization refuses to let the user leave (the three rules of the organizations guide). */
export const LeaveRefusalSchema = z.enum(['ksuite-member', 'mail-service-login', 'last-owner']);
export type LeaveRefusal = z.output<typeof LeaveRefusalSchema>;

/** Body of every 4xx/5xx answer. `fieldErrors` maps a field name to an error code (`invalid-email`…). */
export const ApiErrorSchema = z.object({
  code: ApiErrorCodeSchema,
  fieldErrors: z.record(z.string(), z.string()).optional(),
  reasons: z.array(LeaveRefusalSchema).optional(),
  organizationName: z.string().optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
export type ApiError = z.output<typeof ApiErrorSchema>;

/** The body of a 204-like success that has nothing to say. */
export const OkSchema = z.object({ ok: z.literal(true) });
export type Ok = z.output<typeof OkSchema>;
