import { z } from './zod.ts';

export const CardBrandSchema = z.enum(['visa', 'mastercard', 'amex', 'other']);
export type CardBrand = z.output<typeof CardBrandSchema>;

/** A saved payment method. Only the last four digits of the card ever come back. */
export const PaymentProfileSchema = z.object({
  id: z.string(),
  label: z.string(),
  holder: z.string(),
  brand: CardBrandSchema,
  last4: z.string().regex(/^\d{4}$/),
  expiryMonth: z.number().int().min(1).max(12),
  expiryYear: z.number().int().min(2000),
  isDefault: z.boolean(),
});
export type PaymentProfile = z.output<typeof PaymentProfileSchema>;

export const PaymentProfileListSchema = z.object({ paymentProfiles: z.array(PaymentProfileSchema) });
export type PaymentProfileList = z.output<typeof PaymentProfileListSchema>;

/** True when the digits pass the Luhn checksum every card number carries. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The brand a card number belongs to, from its first digits. */
export function cardBrand(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  return 'other';
}

/** `POST payment-profiles` and `PUT payment-profiles/:id`: a card as typed (spaces allowed in the number). */
export const PaymentProfileInputSchema = z
  .object({
    label: z.string().trim().min(1, { error: 'required' }).max(60, { error: 'too-long' }),
    holder: z.string().trim().min(2, { error: 'holder-required' }).max(80, { error: 'too-long' }),
    cardNumber: z
      .string()
      .transform((value) => value.replace(/[\s-]/g, ''))
      .refine((digits) => /^\d{12,19}$/.test(digits) && passesLuhn(digits), { error: 'invalid-card-number' }),
    expiryMonth: z.number({ error: 'invalid-expiry' }).int().min(1, { error: 'invalid-expiry' }).max(12, {
      error: 'invalid-expiry',
    }),
    expiryYear: z.number({ error: 'invalid-expiry' }).int().min(2000, { error: 'invalid-expiry' }).max(2100, {
      error: 'invalid-expiry',
    }),
    isDefault: z.boolean().optional(),
  })
  .refine(
    (card) => {
      // A card is valid until the end of its expiry month.
      const now = new Date();
      return card.expiryYear * 12 + card.expiryMonth >= now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
    },
    { error: 'card-expired', path: ['expiryMonth'] },
  );
export type PaymentProfileInput = z.input<typeof PaymentProfileInputSchema>;
