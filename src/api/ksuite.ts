import { z } from './zod.ts';

export const KSuitePlanSchema = z.enum(['standard', 'business', 'enterprise']);
export type KSuitePlan = z.output<typeof KSuitePlanSchema>;

/** Storage sizes one can choose, in GB. */
export const kSuiteStorageOptions = [1000, 2000, 3000, 6000] as const;
/** Most users each plan allows. */
export const kSuitePlanMaxUsers: Record<KSuitePlan, number> = { standard: 50, business: 250, enterprise: 1000 };

export const KSuiteSchema = z.object({
  id: z.string(),
  name: z.string(),
  plan: KSuitePlanSchema,
  users: z.number().int().positive(),
  usersInUse: z.number().int().nonnegative(),
  storageGb: z.number().int().positive(),
  storageUsedGb: z.number().nonnegative(),
});
export type KSuite = z.output<typeof KSuiteSchema>;

export const KSuiteListSchema = z.object({ ksuites: z.array(KSuiteSchema) });
export type KSuiteList = z.output<typeof KSuiteListSchema>;

/** `PUT ksuite/:id`: the new subscription. Checked against the plan and the users already in use by the server. */
export const KSuiteInputSchema = z.object({
  plan: KSuitePlanSchema,
  users: z.number({ error: 'invalid-number' }).int({ error: 'invalid-number' }).min(1, { error: 'too-few-users' }),
  storageGb: z
    .number({ error: 'invalid-storage' })
    .refine((value) => (kSuiteStorageOptions as readonly number[]).includes(value), { error: 'invalid-storage' }),
});
export type KSuiteInput = z.output<typeof KSuiteInputSchema>;
