import { z } from './zod.ts';

export const DeviceKindSchema = z.enum(['desktop', 'laptop', 'phone', 'tablet']);

/** A device with an open session on the account (the Account access tab). */
export const SessionSchema = z.object({
  id: z.string(),
  device: z.string(),
  kind: DeviceKindSchema,
  browser: z.string(),
  location: z.string(),
  lastActiveAt: z.iso.datetime(),
  isCurrent: z.boolean(),
});
export type Session = z.output<typeof SessionSchema>;
export const SessionListSchema = z.object({ sessions: z.array(SessionSchema) });
export type SessionList = z.output<typeof SessionListSchema>;

/** The allowed range for "lock the account after N failed attempts". */
export const lockAttemptsRange = { min: 3, max: 10 } as const;

/** Email alerts: on every successful login (and failed ones), only on failed logins, or never. */
export const LoginAlertsSchema = z.enum(['every-login', 'failed-only', 'none']);
export type LoginAlerts = z.output<typeof LoginAlertsSchema>;

export const SecuritySettingsSchema = z.object({
  loginAlerts: LoginAlertsSchema,
  /** null: the account is never locked after failed attempts. */
  lockAfterFailedAttempts: z
    .number({ error: 'out-of-range' })
    .int({ error: 'out-of-range' })
    .min(lockAttemptsRange.min, { error: 'out-of-range' })
    .max(lockAttemptsRange.max, { error: 'out-of-range' })
    .nullable(),
});
export type SecuritySettings = z.output<typeof SecuritySettingsSchema>;
