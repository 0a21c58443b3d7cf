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

const searchTermsFix =
  'Fix the "searchTerms:" line of the frontmatter: a list of the words readers type for this task, e.g. searchTerms: [forgot password, locked out, can\'t log in].';

/**
 * The words readers type for the task of a guide, in the guide's language (everyday words, other
 * products' words, common misspellings): indexed by search with a weight, never shown on the
 * page (SearchTerms.astro). A term is a word or a short phrase; commas separate terms.
 */
const searchTerms = z
  .array(
    z
      .string({ error: `each search term must be text. ${searchTermsFix}` })
      .trim()
      .min(2, `a search term is empty or a single letter. ${searchTermsFix}`)
      .max(
        60,
        `a search term is longer than 60 characters: write the few words a reader types, not a sentence. ${searchTermsFix}`,
      )
      .refine(
        (term) => !term.includes(','),
        `a search term contains a comma: make each one its own term. ${searchTermsFix}`,
      ),
    { error: `searchTerms must be a list. ${searchTermsFix}` },
  )
  .min(1, `searchTerms is empty: list some terms, or remove the line. ${searchTermsFix}`);

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
  searchTerms: searchTerms.optional(),
});

export type GuideFrontmatter = z.output<typeof guideSchema>;
