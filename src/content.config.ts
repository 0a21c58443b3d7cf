import { defineCollection } from 'astro:content';
import { guideSchema } from './content/guide-schema.ts';
import { guidesLoader } from './content/guides-loader.ts';

// GUIDES_DIR lets the tests and the benchmark build other content with the same site.
const guidesDir = process.env.GUIDES_DIR ?? './content/guides';

const guides = defineCollection({ loader: guidesLoader(guidesDir), schema: guideSchema });

export const collections = { guides };
