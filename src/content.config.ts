import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { guideSchema } from './content/guide-schema.ts';
import { guidesLoader } from './content/guides-loader.ts';
import { walkthroughLoader } from './content/walkthrough-loader.ts';
import type { Walkthrough } from './walkthroughs/script.ts';

// GUIDES_DIR and WALKTHROUGHS_DIR let the tests and the benchmark build other content with the same site.
const guidesDir = process.env.GUIDES_DIR ?? './content/guides';
const walkthroughsDir = process.env.WALKTHROUGHS_DIR ?? './content/walkthroughs';

const guides = defineCollection({ loader: guidesLoader(guidesDir), schema: guideSchema });

// The loader checks each file (src/content/walkthrough-file.ts); the schema only gives the entries their type.
const walkthroughs = defineCollection({
  loader: walkthroughLoader(walkthroughsDir),
  schema: z.custom<Walkthrough>(),
});

export const collections = { guides, walkthroughs };
