import { z } from './zod.ts';

/** The user's profile as the top bar and the profile page show it. */
export const ProfileSchema = z.object({
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  initials: z.string().min(1).max(3),
  avatarUrl: z.string().nullable(),
  loginEmail: z.email(),
  recoveryEmail: z.email().nullable(),
});
export type Profile = z.output<typeof ProfileSchema>;

/** `PUT profile/recovery-email`. The error strings are field error codes the Manager translates. */
export const RecoveryEmailInputSchema = z.object({
  recoveryEmail: z.email({ error: 'invalid-email' }),
});
export type RecoveryEmailInput = z.output<typeof RecoveryEmailInputSchema>;

/** The newsletter themes one can subscribe to in the Infomaniak News box. */
export const NewsletterThemeIdSchema = z.enum(['product-news', 'tips', 'events', 'offers', 'ecology', 'company']);
export type NewsletterThemeId = z.output<typeof NewsletterThemeIdSchema>;
export const newsletterThemeIds = NewsletterThemeIdSchema.options;

export const NewsletterSubscriptionsSchema = z.object({
  themes: z.array(z.object({ id: NewsletterThemeIdSchema, subscribed: z.boolean() })),
});
export type NewsletterSubscriptions = z.output<typeof NewsletterSubscriptionsSchema>;

/** `PUT newsletter`: the full list of themes the reader wants; the others are unsubscribed. */
export const NewsletterInputSchema = z.object({
  subscribed: z.array(NewsletterThemeIdSchema, { error: 'invalid-theme' }),
});
export type NewsletterInput = z.output<typeof NewsletterInputSchema>;
