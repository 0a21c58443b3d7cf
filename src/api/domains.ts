import { z } from './zod.ts';

export const TransferStatusSchema = z.enum(['completed', 'pending', 'failed']);
export const TransferFailureReasonSchema = z.enum(['invalid-auth-code', 'domain-locked', 'registrant-refused']);
export type TransferFailureReason = z.output<typeof TransferFailureReasonSchema>;

/** A domain of the current organization. `transfer` is present for domains transferred in. */
export const DomainSchema = z.object({
  name: z.string(),
  expiresOn: z.iso.date(),
  transfer: z
    .object({
      status: TransferStatusSchema,
      failureReason: TransferFailureReasonSchema.nullable(),
      attempts: z.number().int().positive(),
      /** The transfer fee, paid once; retrying does not charge it again. */
      feePaid: z.boolean(),
    })
    .nullable(),
});
export type Domain = z.output<typeof DomainSchema>;

export const DomainListSchema = z.object({ domains: z.array(DomainSchema) });
export type DomainList = z.output<typeof DomainListSchema>;

/** Answer to `POST domains/:name/transfer/retry`: the domain, and what was charged (always 0). */
export const TransferRetrySchema = z.object({ domain: DomainSchema, amountCharged: z.literal(0) });
export type TransferRetry = z.output<typeof TransferRetrySchema>;
