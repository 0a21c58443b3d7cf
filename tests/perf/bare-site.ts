import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a bare Astro project into `dir`: the same integrations (MDX, Preact, the Pagefind step),
 * the same glob loader and schema over the same guides, and one plain route that renders each
 * guide's `<Content />` in a minimal HTML page, without the site's layout or components. Building
 * it next to the real site shows what the project's own layout and components cost.
 */
export function writeBareSite(dir: string, projectRoot: string) {
  // Absolute paths, not file: URLs: Vite bundles those, where it would leave a URL to Node.
  const src = (path: string) => JSON.stringify(join(projectRoot, path));
  const files: Record<string, string> = {
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from ${src('src/integrations/pagefind.ts')};

export default defineConfig({
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  integrations: [mdx(), preact(), pagefindIndex()],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideEntryId } from ${src('src/content/guide-entry-id.ts')};
import { guideSchema } from ${src('src/content/guide-schema.ts')};

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.GUIDES_DIR, generateId: ({ entry }) => guideEntryId(entry) }),
  schema: guideSchema,
});

export const collections = { guides };
`,
    'src/components/Passthrough.astro': '<div><slot /></div>\n',
    'src/pages/[locale]/guides/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Passthrough from '../../../components/Passthrough.astro';

export async function getStaticPaths() {
  const entries = await getCollection('guides');
  return entries.map((entry) => {
    const [locale, slug] = entry.id.split('/');
    return { params: { locale, slug }, props: { entry } };
  });
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang={Astro.params.locale}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><Content components={{ Steps: Passthrough, Aside: Passthrough }} /></body>
</html>
`,
  };
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  // Like any Astro project, it lists its dependencies: Vite decides from them what to bundle for
  // prerendering (without them it leaves @astrojs/preact's renderer to Node, which then fails on
  // the renderer's `astro:preact:opts` virtual import).
  const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const manifest = { name: 'bare-bench', private: true, type: 'module', dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
