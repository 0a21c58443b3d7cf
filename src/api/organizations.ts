import { z } from './zod.ts';

export const OrganizationRoleSchema = z.enum(['legal-representative', 'administrator', 'collaborator']);
export type OrganizationRole = z.output<typeof OrganizationRoleSchema>;

/** One organization the user belongs to, with what decides whether they may leave it. */
export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: OrganizationRoleSchema,
  memberCount: z.number().int().positive(),
  isLastOwner: z.boolean(),
  isKSuiteMember: z.boolean(),
  loginInMailService: z.boolean(),
});
export type Organization = z.output<typeof OrganizationSchema>;

export const OrganizationListSchema = z.object({
  currentOrganizationId: z.string(),
  organizations: z.array(OrganizationSchema),
});
export type OrganizationList = z.output<typeof OrganizationListSchema>;

/** `PUT organizations/current`. */
export const SwitchOrganizationInputSchema = z.object({ organizationId: z.string().min(1, { error: 'required' }) });
export type SwitchOrganizationInput = z.output<typeof SwitchOrganizationInputSchema>;

/**
 * What the top left of the Manager shows. A square logo excludes a rectangular one; initials in
 * the square allow one. The rectangular logo is shared by the Manager and the apps (kDrive, Mail).
 */
export const CustomizationSchema = z
  .object({
    square: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('logo'), logoName: z.string().min(1, { error: 'logo-required' }) }),
      z.object({
        kind: z.literal('initials'),
        initials: z
          .string()
          .trim()
          .regex(/^[\p{L}\p{N}]{1,3}$/u, { error: 'invalid-initials' }),
      }),
    ]),
    rectangularLogoName: z.string().min(1).nullable(),
  })
  .refine((value) => !(value.square.kind === 'logo' && value.rectangularLogoName !== null), {
    error: 'square-logo-excludes-rectangular',
    path: ['rectangularLogoName'],
  });
export type Customization = z.output<typeof CustomizationSchema>;
