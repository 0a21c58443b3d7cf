import { z } from './zod.ts';

/** `POST account/delete`: the password, typed one last time. */
export const DeleteAccountInputSchema = z.object({ password: z.string().min(1, { error: 'password-required' }) });
export type DeleteAccountInput = z.output<typeof DeleteAccountInputSchema>;
