import { z } from 'astro/zod';
import { topicIds } from './topics.ts';

/**
 * The slugs of DESIGN.md's contract: a test checks each has a guide. A new guide needs no entry
 * here; its `related:` slugs are checked against the guides that exist (src/content/guides.ts).
 */
export const guideSlugs = [
  'newsletter-subscriptions',
  'recovery-email',
  'organizations',
  'ksuite-subscription',
  'give-feedback',
  'customize-organization',
  'payment-profiles',
  'retry-domain-transfer',
  'account-activity',
  'delete-account',
] as const;

const oneOf = (field: string, allowed: readonly string[]) =>
  `${field} must be one of: ${allowed.join(', ')}. Fix the "${field}:" line of the frontmatter.`;

/**
 * Frontmatter of a guide. Each message says how to fix the file, because the reader of a build
 * error is an author, not the person who wrote this schema.
 */
export const guideSchema = z.object({
  title: z
    .string({ error: 'title is missing: add a line "title: <what the reader wants to do>" to the frontmatter.' })
    .trim()
    .min(3, 'title is too short: write what the reader wants to do, e.g. "Change your recovery email".'),
  description: z
    .string({ error: 'description is missing: add "description: This guide explains how to …" to the frontmatter.' })
    .trim()
    .min(20, 'description is too short: one sentence that says what the guide explains.'),
  topic: z.enum(topicIds, { error: oneOf('topic', topicIds) }),
  order: z
    .number({ error: 'order must be a number: the position of the guide within its topic (1 = first).' })
    .int()
    .positive(),
  updated: z.coerce.date({ error: 'updated must be a date written as YYYY-MM-DD.' }),
  prerequisites: z.array(z.string().trim().min(1)).optional(),
  related: z
    .array(
      z
        .string({ error: 'related lists the slugs of other guides, e.g. "related: [recovery-email]".' })
        .regex(/^[a-z0-9-]+$/, 'related lists guide slugs: lower-case words joined by "-", e.g. recovery-email.'),
    )
    .optional(),
});

export type GuideFrontmatter = z.output<typeof guideSchema>;
