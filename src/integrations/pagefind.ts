import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index at the end of every `astro build`, so nobody can forget it.
 * Pagefind splits the index by `<html lang>`: one index per locale, nothing to configure.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into pagefind/`);
        await close();
      },
    },
  };
}
