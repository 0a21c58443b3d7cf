import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideEntryId } from './content/guide-entry-id.ts';
import { guideSchema } from './content/guide-schema.ts';

// GUIDES_DIR lets the tests and the benchmark build other content with the same site.
const guidesDir = process.env.GUIDES_DIR ?? './content/guides';

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: guidesDir, generateId: ({ entry }) => guideEntryId(entry) }),
  schema: guideSchema,
});

export const collections = { guides };
