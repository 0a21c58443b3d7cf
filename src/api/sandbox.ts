import { z } from './zod.ts';

/**
 * Situations a guide describes that the demo account is not in by default, so a walkthrough can
 * practise them. `alone-in-organization`: Camille's colleague has left Atelier Morel, which makes
 * her its only account (the case where deleting the account is refused).
 */
export const practiceSituations = ['alone-in-organization'] as const;
export type PracticeSituation = (typeof practiceSituations)[number];

/** `POST sandbox/reset`: the demo account back to its seed, optionally in one of the situations. */
export const SandboxResetInputSchema = z.object({ situation: z.enum(practiceSituations).optional() });
export type SandboxResetInput = z.output<typeof SandboxResetInputSchema>;
